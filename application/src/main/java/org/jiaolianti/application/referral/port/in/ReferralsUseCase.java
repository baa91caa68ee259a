package org.jiaolianti.application.referral.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.Referral;
import org.jiaolianti.domain.mentalhealth.ReferralAction;
import org.jiaolianti.domain.mentalhealth.ReferralBreach;
import org.jiaolianti.domain.mentalhealth.ReferralEvent;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;

/**
 * The crisis referral green channel (心理危机转介"绿色通道", 五(二)1; the institution's side 三(六)4).
 *
 * <p>A COUNSELLOR or SCHOOL_ADMIN of the student's school opens a referral to a partner that is a mental-health
 * medical institution, on a MEDICAL_REFERRAL consent in force or — for a CRISIS only — on the statutory emergency
 * path with an {@link EmergencyReason} (the guardian is then informed afterwards). The institution's clinicians
 * accept, reject and record the outcome; the school records the return with a follow-up plan, closes, withdraws or
 * reroutes to another institution (a new linked referral). Every step names the version read (If-Match); the
 * guardian is alerted at each step, never with the content.
 *
 * <p>Who sees what ({@link Capacity}): the school's staff everything, decrypted; the district mental-health officer
 * every referral of the district without the outcome, the plan and the step notes; a clinician only the referrals
 * addressed to their institution and only what the school shares (masked name, age, school, summary, steps, the
 * outcome) — anything else is a not-found. Every read, list and step writes an audit event (subject
 * {@code REFERRAL}), refused ones too, never the content.
 *
 * <p>中文：心理危机转介。依据：五(二)1、三(六)4
 */
public interface ReferralsUseCase {

  /** Opens a referral (school side). */
  Seen open(Actor actor, OpenCommand command);

  /** One referral as the actor may see it. */
  Seen get(Actor actor, String referralId);

  /** The referrals the actor sees, newest first, filtered by the non-null filters. */
  Page list(Actor actor, Filter filter, int offset, int limit);

  /** The referrals the actor sees that broke a time limit (as of now), newest first. */
  List<Seen> breaches(Actor actor);

  /** Accept, reject, record the outcome, return, close or withdraw (not reroute: {@link #reroute}). */
  Seen step(Actor actor, StepCommand command);

  /** Ends the referral as REROUTED and answers the new linked OPEN referral to another institution. */
  Seen reroute(Actor actor, RerouteCommand command);

  /**
   * @param emergencyReason the statutory reason for a CRISIS referral without a referral consent; ignored when a
   *     consent is in force
   */
  record OpenCommand(
      @RecordId String studentId,
      @RecordId String institutionId,
      @NotNull ReferralUrgency urgency,
      @Size(max = Referral.MAX_TEXT) String sharedSummary,
      EmergencyReason emergencyReason) {}

  /**
   * @param text the reason of a rejection or withdrawal, the outcome, or the follow-up plan (none to accept or close)
   */
  record StepCommand(
      @RecordId String referralId,
      @NotNull ReferralAction action,
      long expectedVersion,
      @Size(max = Referral.MAX_TEXT) String text) {}

  record RerouteCommand(
      @RecordId String referralId,
      long expectedVersion,
      @RecordId String institutionId,
      @Size(max = ReferralEvent.MAX_NOTE) String reason) {}

  /** Equality filters of a list (null: any). */
  record Filter(ReferralStatus status, String schoolId, String studentId) {
    public static final Filter NONE = new Filter(null, null, null);
  }

  /** What the actor is to a referral. 中文：查看身份。 */
  enum Capacity {
    /** Staff of the referring school: everything. */
    SCHOOL,
    /** The district mental-health officer: no outcome, plan or step notes. */
    DISTRICT,
    /** A clinician of the receiving institution: only what is shared. */
    INSTITUTION
  }

  /**
   * A referral as one reader sees it; what the reader may not see is null (or empty).
   *
   * @param student the student's id (not to the institution, which knows the student by masked name and age)
   * @param studentName the full name for the school, masked (林*明) for anyone else
   * @param consent the consent the referral rests on (school only)
   * @param emergencyReason the emergency path's reason code (its text is never shared)
   * @param guardianInformedAt when the guardian was informed of an emergency referral (not to the institution)
   * @param outcomeNote the institution's outcome (school and institution)
   * @param followUpPlan the school's follow-up plan (school only)
   * @param reroutedFrom the replaced referral; {@code reroutedTo} the replacing one (not to the institution)
   * @param file the student's 一生一档 file open when the referral was opened, if any (not to the institution)
   */
  record Seen(ReferralId id, long version, Capacity capacity, SchoolId school, String schoolName, StudentId student,
      String studentName, int studentAge, PartnerId institution, String institutionName, ReferralUrgency urgency,
      ReferralStatus status, String sharedSummary, boolean emergencyPath, ConsentId consent,
      EmergencyReason emergencyReason, Instant guardianInformedAt, String outcomeNote, String followUpPlan,
      ReferralId reroutedFrom, ReferralId reroutedTo, List<Step> steps, List<ReferralBreach> breaches,
      MentalHealthFileId file) {
    public Seen {
      steps = List.copyOf(steps);
      breaches = List.copyOf(breaches);
    }

    public Instant openedAt() {
      return steps.get(0).at();
    }
  }

  /** One step: who and when, and its note only to whom it is shown. */
  record Step(ReferralStatus status, UserId by, Instant at, String note) {}

  record Page(List<Seen> items, long total) {}
}
