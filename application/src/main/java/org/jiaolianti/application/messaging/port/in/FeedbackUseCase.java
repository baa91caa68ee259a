package org.jiaolianti.application.messaging.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;

/**
 * Guardians' opinions and suggestions to a school (三(三)3: 听取家长、社会对学校的意见建议，及时改进), optionally
 * anonymous to the school, answered within the seed's response deadline; OPEN → ANSWERED → CLOSED. An item
 * still open after its due date is overdue and escalates to the school leader.
 *
 * <p>中文：家长意见建议。依据：三(三)3
 */
public interface FeedbackUseCase {

  /** A guardian submits feedback to a school of one of their children. */
  FeedbackItem submit(Actor actor, SubmitFeedbackCommand command);

  /**
   * The items the actor sees: a guardian their own; a school leader their school's (no author of anonymous
   * ones); the district every school's, authors included.
   */
  List<FeedbackItem> list(Actor actor);

  FeedbackItem get(Actor actor, String feedbackId);

  FeedbackItem answer(Actor actor, AnswerFeedbackCommand command);

  FeedbackItem close(Actor actor, String feedbackId);

  /** The overdue items the actor's schools' leaders must deal with (escalated), oldest due date first. */
  List<FeedbackItem> escalations(Actor actor);

  /** Per school the actor sees: open items and how many of them are overdue on {@code asOf}. */
  List<SchoolFeedbackCount> overdueReport(Actor actor, LocalDate asOf);

  record SubmitFeedbackCommand(
      @RecordId String schoolId,
      @NotNull FeedbackKind kind,
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = 4000) String body,
      boolean anonymous) {}

  record AnswerFeedbackCommand(@RecordId String feedbackId, @NotBlank @Size(max = 4000) String answer) {}

  /**
   * One item as the actor may see it. {@code author}/{@code authorName} are null when hidden (anonymous,
   * seen by the school); {@code overdue} is derived on the actor's date; {@code escalated} when overdue.
   */
  record FeedbackItem(Feedback feedback, UserId author, String authorName, boolean overdue) {
    public boolean escalated() {
      return overdue;
    }
  }

  record SchoolFeedbackCount(SchoolId school, String schoolName, long open, long overdue, long answered,
      long closed) {}
}
