package org.jiaolianti.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** OPEN → ANSWERED → CLOSED (三(三)3), and overdue while open after the due date. */
class FeedbackRulesTest {

  private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  private static final UserId LEADER = UserId.of("leader");

  private final Feedback open = Feedback.submit(FeedbackId.newId(), DistrictCode.of("350213"), SchoolId.of("s1"),
      UserId.of("parent"), true, FeedbackKind.OPINION, "午餐", "午餐偏咸", AT, LocalDate.of(2026, 3, 2),
      LocalDate.of(2026, 3, 7));

  @Test
  void theFlowIsOpenAnsweredClosedAndNothingElse() {
    assertThat(FeedbackRules.mayAnswer(open).isAllowed()).isTrue();
    assertThat(FeedbackRules.mayClose(open)).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
      assertThat(r.rule()).isEqualTo("FEEDBACK_CLOSE_WHEN_ANSWERED");
      assertThat(r.clause()).isEqualTo(ClauseRef.of("三(三)3"));
    });
    Feedback answered = open.answered("已调整", LEADER, AT.plusSeconds(60));
    assertThat(answered.status()).isEqualTo(FeedbackStatus.ANSWERED);
    assertThat(FeedbackRules.mayAnswer(answered)).isInstanceOf(Decision.Rejected.class);
    assertThat(FeedbackRules.mayClose(answered).isAllowed()).isTrue();
    Feedback closed = answered.closed(LEADER, AT.plusSeconds(120));
    assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
    assertThat(closed.answer()).isEqualTo("已调整");
    assertThat(FeedbackRules.mayAnswer(closed)).isInstanceOf(Decision.Rejected.class);
    assertThat(FeedbackRules.mayClose(closed)).isInstanceOf(Decision.Rejected.class);
    assertThatIllegalStateException().isThrownBy(() -> closed.answered("again", LEADER, AT));
    assertThatIllegalStateException().isThrownBy(() -> open.closed(LEADER, AT));
  }

  @Test
  void overdueOnlyWhileOpenAfterTheDueDay() {
    assertThat(open.overdueOn(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(open.overdueOn(LocalDate.of(2026, 3, 8))).isTrue();
    assertThat(open.answered("好", LEADER, AT).overdueOn(LocalDate.of(2026, 3, 30))).isFalse();
  }
}
