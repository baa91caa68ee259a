package org.jiaolianti.domain.messaging;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A guardian's opinion or suggestion to a school (三(三)3: 听取家长、社会对学校的意见建议), answered by the
 * school by its due date: OPEN → ANSWERED → CLOSED. The author is always stored (for abuse handling by
 * the district); an {@linkplain #anonymous() anonymous} item does not show its author to the school.
 * It is {@linkplain #overdueOn overdue} while OPEN after its due date, and then escalates to the school
 * leader.
 *
 * <p>中文：家长意见建议。依据：三(三)3
 *
 * @param submittedOn the district's date of submission, from which {@code dueOn} was counted
 * @param dueOn the last day of the response deadline (inclusive)
 */
public record Feedback(
    FeedbackId id,
    DistrictCode district,
    SchoolId school,
    UserId author,
    boolean anonymous,
    FeedbackKind kind,
    String subject,
    String body,
    Instant submittedAt,
    LocalDate submittedOn,
    LocalDate dueOn,
    FeedbackStatus status,
    String answer,
    UserId answeredBy,
    Instant answeredAt,
    UserId closedBy,
    Instant closedAt,
    long version) {

  public Feedback {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(author, "author");
    requireNonNull(kind, "kind");
    checkArgument(subject != null && !subject.isBlank() && subject.length() <= 200,
        "feedback subject must be 1-200 characters");
    checkArgument(body != null && !body.isBlank() && body.length() <= 4000, "feedback body must be 1-4000 characters");
    requireNonNull(submittedAt, "submittedAt");
    requireNonNull(submittedOn, "submittedOn");
    requireNonNull(dueOn, "dueOn");
    checkArgument(dueOn.isAfter(submittedOn), "the due date comes after the submission date");
    requireNonNull(status, "status");
    boolean answered = status != FeedbackStatus.OPEN;
    checkArgument(answered == (answer != null) && answered == (answeredBy != null) && answered == (answeredAt != null),
        "an answered or closed item has its answer, and an open one none");
    boolean closed = status == FeedbackStatus.CLOSED;
    checkArgument(closed == (closedBy != null) && closed == (closedAt != null),
        "a closed item says who closed it and when, and only a closed one");
  }

  public static Feedback submit(FeedbackId id, DistrictCode district, SchoolId school, UserId author,
      boolean anonymous, FeedbackKind kind, String subject, String body, Instant submittedAt, LocalDate submittedOn,
      LocalDate dueOn) {
    return new Feedback(id, district, school, author, anonymous, kind, subject, body, submittedAt, submittedOn,
        dueOn, FeedbackStatus.OPEN, null, null, null, null, null, 0);
  }

  /** Open after its due date: escalated to the school leader. 中文：逾期未答复。 */
  public boolean overdueOn(LocalDate today) {
    return status == FeedbackStatus.OPEN && today.isAfter(dueOn);
  }

  /** Answered (the rule is {@link FeedbackRules#mayAnswer}). */
  public Feedback answered(String text, UserId by, Instant at) {
    checkState(status == FeedbackStatus.OPEN, "feedback %s is %s, not open", id, status);
    return new Feedback(id, district, school, author, anonymous, kind, subject, body, submittedAt, submittedOn, dueOn,
        FeedbackStatus.ANSWERED, text, by, at, null, null, version);
  }

  /** Closed (the rule is {@link FeedbackRules#mayClose}). */
  public Feedback closed(UserId by, Instant at) {
    checkState(status == FeedbackStatus.ANSWERED, "feedback %s is %s, not answered", id, status);
    return new Feedback(id, district, school, author, anonymous, kind, subject, body, submittedAt, submittedOn, dueOn,
        FeedbackStatus.CLOSED, answer, answeredBy, answeredAt, by, at, version);
  }
}
