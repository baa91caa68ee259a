package org.jiaolianti.adapters.rest.referral;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Seen;
import org.jiaolianti.domain.mentalhealth.ReferralBreach;

/**
 * A referral as the caller may see it ({@code view}: SCHOOL, DISTRICT or INSTITUTION). What the caller may not see
 * was left out by the application and is absent from the JSON (nulls are not written): an institution never gets
 * the consent, the follow-up plan, the student's id or full name, the guardian notice or the reroute link.
 */
public record ReferralView(String id, String view, String status, String urgency, String schoolId,
    String schoolName, String studentId, String studentName, int studentAge, String institutionId,
    String institutionName, String sharedSummary, String legalBasis, String consentId, String emergencyReason,
    Instant guardianInformedAt, String outcome, String followUpPlan, String reroutedFrom, String reroutedTo,
    Instant openedAt, List<StepView> steps, List<BreachView> breaches, long version, String clause,
    String fileId) {

  static final String CLAUSE = "五(二)1";

  /** One step: the status reached, who and when, and its note where shown. */
  public record StepView(String status, String byUserId, Instant at, String note) {}

  /** A breached time limit: the step, when it was due, when done (absent: not yet), minutes late as of now. */
  public record BreachView(String step, Instant due, Instant doneAt, long lateMinutes) {
    static BreachView of(ReferralBreach b) {
      return new BreachView(b.step().name(), b.due(), b.doneAt(), b.late().toMinutes());
    }
  }

  static ReferralView of(Seen s) {
    return new ReferralView(s.id().value(), s.capacity().name(), s.status().name(), s.urgency().name(),
        s.school().value(), s.schoolName(), s.student() == null ? null : s.student().value(), s.studentName(),
        s.studentAge(), s.institution().value(), s.institutionName(), s.sharedSummary(),
        s.emergencyPath() ? "EMERGENCY" : "CONSENT", s.consent() == null ? null : s.consent().value(),
        s.emergencyReason() == null ? null : s.emergencyReason().name(), s.guardianInformedAt(), s.outcomeNote(),
        s.followUpPlan(), s.reroutedFrom() == null ? null : s.reroutedFrom().value(),
        s.reroutedTo() == null ? null : s.reroutedTo().value(), s.openedAt(),
        s.steps().stream().map(t -> new StepView(t.status().name(), t.by().value(), t.at(), t.note())).toList(),
        s.breaches().stream().map(BreachView::of).toList(), s.version(), CLAUSE,
        s.file() == null ? null : s.file().value());
  }
}
