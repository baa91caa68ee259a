package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Decision;

/**
 * A crisis referral through the green channel (心理危机转介"绿色通道", 五(二)1; the institution's side 三(六)4
 * "畅通预防转介干预就医通道，及时转介、诊断、治疗") from a school to a mental-health medical institution (a partner).
 * The flow and its refusals are {@link ReferralRules}; every step keeps who and when ({@code history}, oldest first,
 * starting with OPEN). The transition methods refuse (IllegalStateException) what {@link ReferralRules#mayApply}
 * refuses for the action's own side: check it first, with the side of the caller (the application knows who acts).
 * One record with a status rather than one type per state, like the other stored aggregates: the invariants of
 * each state (outcome, plan, reroute link) are checked in the compact constructor.
 *
 * <p>What the institution sees: {@code sharedSummary}, written by the school for this referral, plus the urgency,
 * the student's identity and the steps. The file's notes, plans and level history are never shared.
 * Free text ({@code sharedSummary}, {@code outcomeNote}, {@code followUpPlan}, event notes) is encrypted at rest by
 * the application.
 *
 * <p>Legal basis: a MEDICAL_REFERRAL consent in force at opening ({@code consent}), or — for a CRISIS referral only —
 * the statutory emergency path ({@code emergencyReason}); exactly one of the two is set. On the emergency path the
 * guardian is informed afterwards: {@link #guardianNotificationDue()} until {@code guardianInformedAt} is set.
 *
 * <p>中文：心理危机转介（绿色通道）。依据：五(二)1、三(六)4
 *
 * @param file the student's 一生一档 file, if one is open (a crisis may come before a file)
 * @param outcomeNote the institution's outcome (diagnosis/treatment), set from OUTCOME_RECORDED on
 * @param followUpPlan the school's follow-up plan on the return, set from RETURNED_TO_SCHOOL on
 * @param reroutedFrom the referral this one replaced (null for a first referral)
 * @param reroutedTo the referral that replaced this one; set exactly when REROUTED
 */
public record Referral(
    ReferralId id,
    DistrictCode district,
    SchoolId school,
    StudentId student,
    MentalHealthFileId file,
    PartnerId institution,
    ReferralUrgency urgency,
    ReferralStatus status,
    String sharedSummary,
    ConsentId consent,
    EmergencyReason emergencyReason,
    Instant guardianInformedAt,
    String outcomeNote,
    String followUpPlan,
    ReferralId reroutedFrom,
    ReferralId reroutedTo,
    List<ReferralEvent> history,
    long version) {

  public static final int MAX_TEXT = 4000;
  private static final Set<ReferralStatus> WITH_OUTCOME =
      EnumSet.of(ReferralStatus.OUTCOME_RECORDED, ReferralStatus.RETURNED_TO_SCHOOL, ReferralStatus.CLOSED);
  private static final Set<ReferralStatus> WITH_PLAN =
      EnumSet.of(ReferralStatus.RETURNED_TO_SCHOOL, ReferralStatus.CLOSED);

  public Referral {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(student, "student");
    requireNonNull(institution, "institution");
    requireNonNull(urgency, "urgency");
    requireNonNull(status, "status");
    checkArgument(sharedSummary != null && !sharedSummary.isBlank() && sharedSummary.length() <= MAX_TEXT,
        "sharedSummary must be 1-%s characters", MAX_TEXT);
    checkArgument((consent == null) != (emergencyReason == null),
        "a referral rests on a consent or on an emergency reason, exactly one");
    checkArgument(emergencyReason == null || urgency == ReferralUrgency.CRISIS,
        "only a crisis referral takes the emergency path");
    checkArgument(WITH_OUTCOME.contains(status) == (outcomeNote != null), "an outcome is recorded from OUTCOME_RECORDED on");
    checkArgument(outcomeNote == null || (!outcomeNote.isBlank() && outcomeNote.length() <= MAX_TEXT),
        "outcome must be 1-%s characters", MAX_TEXT);
    checkArgument(WITH_PLAN.contains(status) == (followUpPlan != null),
        "a follow-up plan is recorded from RETURNED_TO_SCHOOL on");
    checkArgument(followUpPlan == null || (!followUpPlan.isBlank() && followUpPlan.length() <= MAX_TEXT),
        "follow-up plan must be 1-%s characters", MAX_TEXT);
    checkArgument((status == ReferralStatus.REROUTED) == (reroutedTo != null), "reroutedTo is set exactly when REROUTED");
    history = ImmutableList.copyOf(history);
    checkArgument(!history.isEmpty() && history.get(0).status() == ReferralStatus.OPEN, "the history starts with OPEN");
    checkArgument(history.get(history.size() - 1).status() == status, "the status is the last step of the history");
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new OPEN referral; check {@link ConsentRules#mayRefer} and {@link ReferralRules#mayOpen} first. */
  public static Referral open(ReferralId id, DistrictCode district, SchoolId school, StudentId student,
      MentalHealthFileId file, PartnerId institution, ReferralUrgency urgency, String sharedSummary, ConsentId consent,
      EmergencyReason emergencyReason, UserId by, Instant at) {
    return new Referral(id, district, school, student, file, institution, urgency, ReferralStatus.OPEN, sharedSummary,
        consent, emergencyReason, null, null, null, null, null, List.of(new ReferralEvent(ReferralStatus.OPEN, by, at,
            null)), 0);
  }

  /** Rebuilds a stored referral. */
  public static Referral reconstitute(ReferralId id, DistrictCode district, SchoolId school, StudentId student,
      MentalHealthFileId file, PartnerId institution, ReferralUrgency urgency, ReferralStatus status,
      String sharedSummary, ConsentId consent, EmergencyReason emergencyReason, Instant guardianInformedAt,
      String outcomeNote, String followUpPlan, ReferralId reroutedFrom, ReferralId reroutedTo,
      List<ReferralEvent> history, long version) {
    return new Referral(id, district, school, student, file, institution, urgency, status, sharedSummary, consent,
        emergencyReason, guardianInformedAt, outcomeNote, followUpPlan, reroutedFrom, reroutedTo, history, version);
  }

  public Instant openedAt() {
    return history.get(0).at();
  }

  /** When the referral first reached {@code s}, if it did. */
  public Optional<Instant> reached(ReferralStatus s) {
    return history.stream().filter(e -> e.status() == s).map(ReferralEvent::at).findFirst();
  }

  /** Whether the referral took the emergency path and the guardian has not been informed yet. */
  public boolean guardianNotificationDue() {
    return emergencyReason != null && guardianInformedAt == null;
  }

  public Referral guardianInformed(Instant at) {
    checkState(guardianInformedAt == null, "the guardian was already informed");
    return with(status, outcomeNote, followUpPlan, reroutedTo, at, null);
  }

  public Referral accepted(UserId by, Instant at) {
    check(ReferralAction.ACCEPT, null, null);
    return with(ReferralStatus.ACCEPTED, outcomeNote, followUpPlan, null, guardianInformedAt,
        new ReferralEvent(ReferralStatus.ACCEPTED, by, at, null));
  }

  public Referral rejected(UserId by, Instant at, String note) {
    check(ReferralAction.REJECT, note, null);
    return with(ReferralStatus.REJECTED, outcomeNote, followUpPlan, null, guardianInformedAt,
        new ReferralEvent(ReferralStatus.REJECTED, by, at, note));
  }

  public Referral outcomeRecorded(UserId by, Instant at, String outcome) {
    check(ReferralAction.RECORD_OUTCOME, outcome, null);
    return with(ReferralStatus.OUTCOME_RECORDED, outcome, followUpPlan, null, guardianInformedAt,
        new ReferralEvent(ReferralStatus.OUTCOME_RECORDED, by, at, null));
  }

  public Referral returnedToSchool(UserId by, Instant at, String plan) {
    check(ReferralAction.RETURN_TO_SCHOOL, plan, null);
    return with(ReferralStatus.RETURNED_TO_SCHOOL, outcomeNote, plan, null, guardianInformedAt,
        new ReferralEvent(ReferralStatus.RETURNED_TO_SCHOOL, by, at, null));
  }

  public Referral closed(UserId by, Instant at) {
    check(ReferralAction.CLOSE, null, null);
    return with(ReferralStatus.CLOSED, outcomeNote, followUpPlan, null, guardianInformedAt,
        new ReferralEvent(ReferralStatus.CLOSED, by, at, null));
  }

  public Referral withdrawn(UserId by, Instant at, String note) {
    check(ReferralAction.WITHDRAW, note, null);
    return with(ReferralStatus.WITHDRAWN, outcomeNote, followUpPlan, null, guardianInformedAt,
        new ReferralEvent(ReferralStatus.WITHDRAWN, by, at, note));
  }

  /**
   * This referral ends as REROUTED and a new OPEN one ({@code newId}) goes to {@code to}, linked both ways, with the
   * same student, file, urgency, shared summary and legal basis; the new one's time limits run from {@code at}.
   */
  public Reroute rerouted(ReferralId newId, PartnerId to, UserId by, Instant at, String note) {
    check(ReferralAction.REROUTE, note, to);
    checkArgument(!newId.equals(id), "the new referral needs a new id");
    Referral ended = with(ReferralStatus.REROUTED, outcomeNote, followUpPlan, newId, guardianInformedAt,
        new ReferralEvent(ReferralStatus.REROUTED, by, at, note));
    Referral opened = new Referral(newId, district, school, student, file, to, urgency, ReferralStatus.OPEN,
        sharedSummary, consent, emergencyReason, guardianInformedAt, null, null, id, null,
        List.of(new ReferralEvent(ReferralStatus.OPEN, by, at, null)), 0);
    return new Reroute(ended, opened);
  }

  /** The ended referral and the linked new one. 中文：改转结果。 */
  public record Reroute(Referral ended, Referral opened) {}

  private void check(ReferralAction action, String text, PartnerId newInstitution) {
    Decision d = ReferralRules.mayApply(this, action, action.side(), text, newInstitution);
    if (d instanceof Decision.Rejected r) {
      Bilingual reason = r.reason();
      throw new IllegalStateException(r.rule() + ": " + reason.en());
    }
  }

  private Referral with(ReferralStatus to, String outcome, String plan, ReferralId rerouted, Instant informed,
      ReferralEvent event) {
    List<ReferralEvent> h = event == null ? history
        : ImmutableList.<ReferralEvent>builder().addAll(history).add(event).build();
    return new Referral(id, district, school, student, file, institution, urgency, to, sharedSummary, consent,
        emergencyReason, informed, outcome, plan, reroutedFrom, rerouted, h, version);
  }
}
