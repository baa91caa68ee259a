package org.jiaolianti.application.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.AnswerFeedbackCommand;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.FeedbackItem;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.SchoolFeedbackCount;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.SubmitFeedbackCommand;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.domain.messaging.FeedbackKind;
import org.jiaolianti.domain.messaging.FeedbackStatus;
import org.jiaolianti.domain.policy.FeedbackSettings;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.WorkingCalendar;
import org.jiaolianti.domain.shared.ClauseRef;
import org.junit.jupiter.api.Test;

/** Guardians' feedback (三(三)3): anonymity, the status flow, the deadline from the seed, escalation, report. */
class FeedbackServiceTest {

  private static LocalSettings settings(int days, WorkingCalendar... calendars) {
    LocalSettings d = LocalSettings.defaults();
    return new LocalSettings(d.establishment(), d.countedSchoolTypes(), new FeedbackSettings(days), List.of(calendars));
  }

  private final MessagingWorld w = new MessagingWorld(settings(5));
  private final FeedbackUseCase feedback = w.app.feedback();

  private FeedbackItem submit(MessagingWorld world, boolean anonymous) {
    return world.app.feedback().submit(world.actor(world.mingMother), new SubmitFeedbackCommand(
        world.schoolA.id().value(), FeedbackKind.SUGGESTION, "午餐", "建议午餐少油少盐", anonymous));
  }

  @Test
  void anonymousFeedbackShowsNoAuthorToTheSchoolButTheDistrictAndTheAuthorSeeIt() {
    FeedbackItem mine = submit(w, true);
    String id = mine.feedback().id().value();

    assertThat(mine.author()).isEqualTo(w.mingMother.id());
    FeedbackItem schoolView = feedback.get(w.actor(w.leaderA), id);
    assertThat(schoolView.author()).isNull();
    assertThat(schoolView.authorName()).isNull();
    assertThat(feedback.list(w.actor(w.leaderA))).singleElement().satisfies(i -> assertThat(i.author()).isNull());
    FeedbackItem districtView = feedback.get(w.actor(w.bureau), id);
    assertThat(districtView.author()).isEqualTo(w.mingMother.id());
    assertThat(districtView.authorName()).isEqualTo("林妈妈");
    assertThat(feedback.list(w.actor(w.mingMother))).singleElement()
        .satisfies(i -> assertThat(i.author()).isEqualTo(w.mingMother.id()));
    // a named item shows its author to the school
    assertThat(submit(w, false).feedback().anonymous()).isFalse();
    assertThat(feedback.list(w.actor(w.leaderA))).filteredOn(i -> !i.feedback().anonymous()).singleElement()
        .satisfies(i -> assertThat(i.authorName()).isEqualTo("林妈妈"));
  }

  @Test
  void scope_anotherSchoolsLeaderAndAnotherGuardianSeeNothing_aGuardianGivesFeedbackOnlyToTheirChildsSchool() {
    String id = submit(w, false).feedback().id().value();

    assertThat(catchThrowable(() -> feedback.get(w.actor(w.leaderB), id))).isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> feedback.get(w.actor(w.hongMother), id))).isInstanceOf(ForbiddenException.class);
    assertThat(feedback.list(w.actor(w.leaderB))).isEmpty();
    assertThat(feedback.list(w.actor(w.hongMother))).isEmpty();
    assertThat(catchThrowable(() -> feedback.submit(w.actor(w.mingMother), new SubmitFeedbackCommand(
        w.schoolB.id().value(), FeedbackKind.OPINION, "x", "y", false)))).isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> feedback.submit(w.actor(w.teacher1), new SubmitFeedbackCommand(
        w.schoolA.id().value(), FeedbackKind.OPINION, "x", "y", false)))).isInstanceOf(ForbiddenException.class);
    // the guardian reads, the school leader answers
    assertThat(catchThrowable(() -> feedback.answer(w.actor(w.mingMother), new AnswerFeedbackCommand(id, "自己答"))))
        .isInstanceOf(ForbiddenException.class);
    assertThat(catchThrowable(() -> feedback.answer(w.actor(w.leaderB), new AnswerFeedbackCommand(id, "越权"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void openThenAnsweredThenClosed_andEveryOtherTransitionIsRefusedByTheRule() {
    String id = submit(w, false).feedback().id().value();

    Throwable early = catchThrowable(() -> feedback.close(w.actor(w.leaderA), id));
    assertThat(early).isInstanceOfSatisfying(RuleViolationException.class, e -> {
      assertThat(e.decision().rule()).isEqualTo("FEEDBACK_CLOSE_WHEN_ANSWERED");
      assertThat(e.decision().clause()).isEqualTo(ClauseRef.of("三(三)3"));
    });
    FeedbackItem answered = feedback.answer(w.actor(w.leaderA), new AnswerFeedbackCommand(id, "已与食堂沟通"));
    assertThat(answered.feedback().status()).isEqualTo(FeedbackStatus.ANSWERED);
    assertThat(answered.feedback().answeredBy()).isEqualTo(w.leaderA.id());
    assertThat(catchThrowable(() -> feedback.answer(w.actor(w.leaderA), new AnswerFeedbackCommand(id, "再答"))))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.decision().rule()).isEqualTo("FEEDBACK_ANSWER_WHEN_OPEN"));
    FeedbackItem closed = feedback.close(w.actor(w.leaderA), id);
    assertThat(closed.feedback().status()).isEqualTo(FeedbackStatus.CLOSED);
    assertThat(catchThrowable(() -> feedback.close(w.actor(w.leaderA), id))).isInstanceOf(RuleViolationException.class);
    assertThat(feedback.get(w.actor(w.mingMother), id).feedback().answer()).isEqualTo("已与食堂沟通");
  }

  @Test
  void theDeadlineCountsCalendarDaysWithoutACalendar() {
    // Monday 2 March 2026 + 5 calendar days = Saturday 7 March
    assertThat(submit(w, false).feedback().dueOn()).isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void theDeadlineCountsWorkingDaysWithTheYearsCalendarIncludingASwappedWorkingSaturday() {
    WorkingCalendar y2026 = WorkingCalendar.of(2026,
        Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
        Set.of(LocalDate.of(2026, 10, 10)));
    MessagingWorld calendar = new MessagingWorld(settings(3, y2026));
    calendar.today(LocalDate.of(2026, 9, 30));

    // Wed 30 Sep: 1-7 Oct holiday week; Thu 8, Fri 9 and the working Saturday 10 are the three working days
    assertThat(submit(calendar, false).feedback().dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
    // Mon 2 Mar with the calendar: Tue 3, Wed 4, Thu 5
    calendar.today(LocalDate.of(2026, 3, 2));
    assertThat(submit(calendar, false).feedback().dueOn()).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void anItemOpenAfterItsDueDateIsOverdueEscalatedToTheSchoolLeaderAndCountedInTheReport() {
    String late = submit(w, true).feedback().id().value(); // due Sat 7 March
    w.today(LocalDate.of(2026, 3, 4));
    String answered = submit(w, false).feedback().id().value(); // due 9 March
    feedback.answer(w.actor(w.leaderA), new AnswerFeedbackCommand(answered, "已改进"));

    w.today(LocalDate.of(2026, 3, 7));
    assertThat(feedback.escalations(w.actor(w.leaderA))).isEmpty();
    assertThat(feedback.get(w.actor(w.leaderA), late).overdue()).isFalse();

    w.today(LocalDate.of(2026, 3, 8));
    assertThat(feedback.escalations(w.actor(w.leaderA))).singleElement().satisfies(i -> {
      assertThat(i.feedback().id().value()).isEqualTo(late);
      assertThat(i.escalated()).isTrue();
      assertThat(i.author()).isNull(); // still anonymous to the school
    });
    assertThat(feedback.escalations(w.actor(w.bureau))).singleElement()
        .satisfies(i -> assertThat(i.author()).isEqualTo(w.mingMother.id()));
    assertThat(feedback.escalations(w.actor(w.leaderB))).isEmpty();
    assertThat(catchThrowable(() -> feedback.escalations(w.actor(w.teacher1)))).isInstanceOf(ForbiddenException.class);

    List<SchoolFeedbackCount> report = feedback.overdueReport(w.actor(w.bureau), null);
    assertThat(report).extracting(SchoolFeedbackCount::school).containsExactly(w.schoolA.id(), w.schoolB.id());
    assertThat(report.get(0)).satisfies(c -> {
      assertThat(c.open()).isEqualTo(1);
      assertThat(c.overdue()).isEqualTo(1);
      assertThat(c.answered()).isEqualTo(1);
    });
    assertThat(report.get(1).overdue()).isZero();
    // as of the due date nothing was overdue yet; a school leader sees only their school
    assertThat(feedback.overdueReport(w.actor(w.leaderA), LocalDate.of(2026, 3, 7))).singleElement()
        .satisfies(c -> assertThat(c.overdue()).isZero());

    // answering late ends the escalation
    feedback.answer(w.actor(w.leaderA), new AnswerFeedbackCommand(late, "迟到的答复"));
    assertThat(feedback.escalations(w.actor(w.leaderA))).isEmpty();
  }
}
