package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackId;
import org.jiaolianti.domain.messaging.FeedbackKind;
import org.jiaolianti.domain.messaging.FeedbackStatus;
import org.jiaolianti.domain.organization.School;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FeedbackItems}: guardians' feedback with its author (anonymous ones too), the
 * status flow under optimistic versioning, lists by school, author and district.
 */
public abstract class FeedbackItemsContract extends PortContract<FeedbackItems> {

  protected abstract FeedbackItems feedbackItems();

  @Override
  final FeedbackItems newPort() {
    return feedbackItems();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsAndSchools());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  private Feedback item(School school, boolean anonymous, long second) {
    return Feedback.submit(FeedbackId.newId(), school.district(), school.id(), world.userB.id(), anonymous,
        FeedbackKind.SUGGESTION, "关于" + RARE + "午餐", "建议增加蔬菜" + RARE, NOW.plusSeconds(second),
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10));
  }

  @Test
  void anAnonymousItemReadsBackWithItsAuthor() {
    Feedback f = item(world.schoolA, true, 0);
    port().add(f);

    Feedback read = port().byId(XIANGAN, f.id()).orElseThrow();
    assertSameRecord(read, f);
    assertThat(read.anonymous()).isTrue();
    assertThat(read.author()).isEqualTo(world.userB.id());
    assertThat(port().byId(HULI, f.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(f));
  }

  @Test
  void answeredThenClosedStoresEachVersionAndAStaleUpdateIsAConflict() {
    Feedback f = item(world.schoolA, false, 0);
    port().add(f);
    Feedback stored = port().byId(XIANGAN, f.id()).orElseThrow();
    Feedback answered = port().update(stored.answered("已改进" + RARE, world.userA.id(), NOW.plusSeconds(3600)));
    Feedback closed = port().update(answered.closed(world.userA.id(), NOW.plusSeconds(7200)));

    assertThat(closed.version()).isEqualTo(stored.version() + 2);
    Feedback read = port().byId(XIANGAN, f.id()).orElseThrow();
    assertSameRecord(read, closed);
    assertThat(read.status()).isEqualTo(FeedbackStatus.CLOSED);
    assertThat(read.answer()).isEqualTo("已改进" + RARE);
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(stored.answered("迟到", world.userA.id(), NOW)));
    assertSameRecord(port().byId(XIANGAN, f.id()).orElseThrow(), closed);
  }

  @Test
  void listsBySchoolAuthorAndDistrictInSubmissionOrder() {
    Feedback later = item(world.schoolA, false, 60);
    Feedback first = item(world.schoolA, true, 0);
    Feedback otherSchool = item(world.schoolB, false, 30);
    port().add(later);
    port().add(first);
    port().add(otherSchool);

    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).extracting(Feedback::id)
        .containsExactly(first.id(), later.id());
    assertThat(port().byAuthor(XIANGAN, world.userB.id())).extracting(Feedback::id)
        .containsExactly(first.id(), otherSchool.id(), later.id());
    assertThat(port().byAuthor(XIANGAN, world.userA.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(Feedback::id).containsExactly(first.id(), otherSchool.id(), later.id());
    assertThat(port().all(HULI)).isEmpty();
  }
}
