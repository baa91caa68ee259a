package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.mentor.port.out.ParentMentors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentor.AssignmentKind;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.MentorStatus;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.shared.Ids;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ParentMentors}: mentors are added and read back in application order; a status change
 * bumps the version and keeps the approval when revoked; a stale version is a conflict; assignments and hours
 * are added only and read back per mentor.
 */
public abstract class ParentMentorsContract extends PortContract<ParentMentors> {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  protected abstract ParentMentors parentMentors();

  @Override
  final ParentMentors newPort() {
    return parentMentors();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsAndSchools());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  private ParentMentor applied(long second) {
    return ParentMentor.apply(ParentMentorId.newId(), XIANGAN, world.schoolA.id(), world.guardian.id(),
        world.userB.id(), "软件工程师" + RARE + "，可指导编程社团", NOW.plusSeconds(second));
  }

  @Test
  void mentorsReadBackInApplicationOrderPerDistrict() {
    ParentMentor later = applied(10);
    ParentMentor earlier = applied(0);
    port().add(later);
    port().add(earlier);
    List<ParentMentor> read = port().ofDistrict(XIANGAN);
    assertThat(read).extracting(ParentMentor::id).containsExactly(earlier.id(), later.id());
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(port().ofDistrict(HULI)).isEmpty();
    assertThat(port().byId(HULI, earlier.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(earlier));
  }

  @Test
  void approvalThenRevocationKeepsTheHistory_aStaleVersionIsAConflict() {
    ParentMentor m = applied(0);
    port().add(m);
    ParentMentor approved = port().update(m.decided(MentorStatus.APPROVED, world.userA.id(), DAY, NOW.plusSeconds(60)));
    assertThat(approved.version()).isEqualTo(1);
    assertSameRecord(port().byId(XIANGAN, m.id()).orElseThrow(), approved);
    ParentMentor revoked = port().update(approved.revoked(world.userA.id(), "不再适合" + RARE, NOW.plusSeconds(120)));
    ParentMentor stored = port().byId(XIANGAN, m.id()).orElseThrow();
    assertSameRecord(stored, revoked);
    assertThat(stored.status()).isEqualTo(MentorStatus.REVOKED);
    assertThat(stored.decidedOn()).isEqualTo(DAY);
    assertThat(stored.decidedBy()).isEqualTo(world.userA.id());
    assertThat(stored.revokeReason()).isEqualTo("不再适合" + RARE);
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(m.decided(MentorStatus.REJECTED, world.userA.id(), DAY, NOW)));
    assertThatThrownBy(() -> port().update(applied(5).decided(MentorStatus.REJECTED, world.userA.id(), DAY, NOW)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void assignmentsAndHoursAreAddedAndReadBackPerMentor() {
    ParentMentor m = applied(0);
    ParentMentor other = applied(1);
    port().add(m);
    port().add(other);
    MentorAssignment second = new MentorAssignment(Ids.newId(), XIANGAN, m.id(), AssignmentKind.CLUB,
        "编程社团" + RARE, DAY, DAY.plusMonths(3), world.userA.id(), NOW.plusSeconds(10));
    MentorAssignment first = new MentorAssignment(Ids.newId(), XIANGAN, m.id(), AssignmentKind.CAREER_SESSION,
        "职业启蒙课", DAY, DAY, world.userA.id(), NOW);
    port().addAssignment(second);
    port().addAssignment(first);
    List<MentorAssignment> assignments = port().assignments(XIANGAN, m.id());
    assertThat(assignments).hasSize(2);
    assertSameRecord(assignments.get(0), first);
    assertSameRecord(assignments.get(1), second);
    assertThat(port().assignments(XIANGAN, other.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addAssignment(first));

    MentorHours half = new MentorHours(Ids.newId(), XIANGAN, m.id(), DAY, new BigDecimal("0.5"), null,
        world.userA.id(), NOW);
    MentorHours twelve = new MentorHours(Ids.newId(), XIANGAN, m.id(), DAY.plusDays(1), new BigDecimal("12"),
        "全天" + RARE, world.userA.id(), NOW.plusSeconds(5));
    port().addHours(twelve);
    port().addHours(half);
    List<MentorHours> hours = port().hours(XIANGAN, m.id());
    assertThat(hours).hasSize(2);
    assertSameRecord(hours.get(0), half);
    assertSameRecord(hours.get(1), twelve);
    assertThat(hours.get(1).hours()).isEqualByComparingTo("12");
    assertThat(port().hours(HULI, m.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addHours(half));
  }

  @Test
  void thePortHasNoWayToRemoveAMentorAnAssignmentOrHours() {
    assertThat(Arrays.stream(ParentMentors.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofDistrict", "update", "addAssignment", "assignments",
            "addHours", "hours", "hoursBetween");
  }

  @Test
  void hoursBetweenListsEveryMentorsHoursOfTheInclusiveDayRange() {
    ParentMentor m = applied(0);
    ParentMentor other = applied(5);
    port().add(m);
    port().add(other);
    MentorHours before = new MentorHours(Ids.newId(), XIANGAN, m.id(), DAY.minusDays(1), new BigDecimal("1"), null,
        world.userA.id(), NOW);
    MentorHours first = new MentorHours(Ids.newId(), XIANGAN, other.id(), DAY, new BigDecimal("2.5"), null,
        world.userA.id(), NOW);
    MentorHours last = new MentorHours(Ids.newId(), XIANGAN, m.id(), DAY.plusDays(6), new BigDecimal("3"), RARE,
        world.userA.id(), NOW);
    for (MentorHours h : List.of(last, before, first)) {
      port().addHours(h);
    }

    List<MentorHours> week = port().hoursBetween(XIANGAN, DAY, DAY.plusDays(6));
    assertThat(week).extracting(MentorHours::id).containsExactly(first.id(), last.id());
    assertSameRecord(week.get(0), first);
    assertThat(port().hoursBetween(HULI, DAY, DAY.plusDays(6))).isEmpty();
  }
}
