package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.homevisit.port.out.HomeVisits;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.HomeVisitId;
import org.jiaolianti.domain.homevisit.VisitMode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link HomeVisits}: visits read back unchanged (the sealed note stored as given, topics and
 * visitors in order), per student and per school, newest visit first; an id is used once; districts are apart.
 */
public abstract class HomeVisitsContract extends PortContract<HomeVisits> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract HomeVisits homeVisits();

  @Override
  final HomeVisits newPort() {
    return homeVisits();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  private HomeVisit visit(LocalDate on, org.jiaolianti.domain.people.Student student, String sealed) {
    return new HomeVisit(HomeVisitId.newId(), XIANGAN, world.schoolA.id(), student.id(), on,
        List.of(world.userA.id(), world.userB.id()), VisitMode.IN_PERSON, List.of("学习习惯", "亲子沟通" + RARE),
        sealed, true, world.userA.id(), NOW, 1);
  }

  @Test
  void visitsReadBackUnchanged() {
    HomeVisit v = visit(LocalDate.of(2026, 3, 2), school.student, "fc1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    HomeVisit noNote = new HomeVisit(HomeVisitId.newId(), XIANGAN, world.schoolA.id(), school.other.id(),
        LocalDate.of(2026, 3, 1), List.of(world.userA.id()), VisitMode.PHONE, List.of(), null, false,
        world.userA.id(), NOW, 1);
    port().add(v);
    port().add(noNote);

    assertSameRecord(port().byId(XIANGAN, v.id()).orElseThrow(), v);
    assertSameRecord(port().byId(XIANGAN, noNote.id()).orElseThrow(), noNote);
    assertThat(port().byId(HULI, v.id())).isEmpty();
  }

  @Test
  void listsAreNewestVisitFirst() {
    HomeVisit older = visit(LocalDate.of(2026, 3, 1), school.student, null);
    HomeVisit newer = visit(LocalDate.of(2026, 3, 5), school.student, null);
    HomeVisit other = visit(LocalDate.of(2026, 3, 3), school.other, null);
    port().add(older);
    port().add(newer);
    port().add(other);

    assertThat(port().ofStudent(XIANGAN, school.student.id())).extracting(HomeVisit::id)
        .containsExactly(newer.id(), older.id());
    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).extracting(HomeVisit::id)
        .containsExactly(newer.id(), other.id(), older.id());
    assertThat(port().ofSchool(XIANGAN, world.schoolB.id())).isEmpty();
  }

  @Test
  void anIdIsUsedOnce() {
    HomeVisit v = visit(LocalDate.of(2026, 3, 2), school.student, null);
    port().add(v);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(v));
  }
}
