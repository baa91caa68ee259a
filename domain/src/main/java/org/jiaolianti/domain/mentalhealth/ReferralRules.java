package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The green channel's state machine and time limits (五(二)1 "推动学校与精神卫生医疗机构全面建立学生心理危机转介
 * '绿色通道'"; 三(六)4 "畅通预防转介干预就医通道，及时转介、诊断、治疗").
 *
 * <table>
 *   <caption>Legal steps (everything else is refused)</caption>
 *   <tr><th>from</th><th>action (side)</th><th>to</th></tr>
 *   <tr><td>OPEN</td><td>ACCEPT (institution)</td><td>ACCEPTED</td></tr>
 *   <tr><td>OPEN</td><td>REJECT (institution, reason)</td><td>REJECTED — terminal</td></tr>
 *   <tr><td>OPEN, ACCEPTED</td><td>WITHDRAW (school, reason)</td><td>WITHDRAWN — terminal</td></tr>
 *   <tr><td>OPEN, ACCEPTED</td><td>REROUTE (school, another institution)</td><td>REROUTED — terminal, plus a
 *       linked new OPEN referral</td></tr>
 *   <tr><td>ACCEPTED</td><td>RECORD_OUTCOME (institution, outcome)</td><td>OUTCOME_RECORDED</td></tr>
 *   <tr><td>OUTCOME_RECORDED</td><td>RETURN_TO_SCHOOL (school, follow-up plan)</td><td>RETURNED_TO_SCHOOL</td></tr>
 *   <tr><td>RETURNED_TO_SCHOOL</td><td>CLOSE (school)</td><td>CLOSED — terminal</td></tr>
 * </table>
 *
 * <p>Refusals, by rule name: REFERRAL_ALREADY_ENDED (any step on a terminal referral), REFERRAL_CLOSE_NEEDS_OUTCOME
 * (closing before an outcome is recorded), REFERRAL_TRANSITION_NOT_ALLOWED (any other step not in the table),
 * REFERRAL_WRONG_SIDE (a school step taken by the institution or the reverse), REFERRAL_REASON_REQUIRED,
 * REFERRAL_OUTCOME_REQUIRED, REFERRAL_FOLLOW_UP_PLAN_REQUIRED, REFERRAL_REROUTE_SAME_INSTITUTION, and at opening
 * REFERRAL_SUMMARY_REQUIRED (plus the consent rules of {@link ConsentRules#mayRefer}).
 *
 * <p>中文：心理危机转介流转与时限规则。依据：五(二)1、三(六)4（时限为本地设置）
 */
public final class ReferralRules {

  /** 五(二)1: 推动学校与精神卫生医疗机构全面建立学生心理危机转介“绿色通道”。 */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(二)1");
  /** 三(六)4: 医疗卫生机构……畅通预防转介干预就医通道，及时转介、诊断、治疗。 */
  public static final ClauseRef INSTITUTION_CLAUSE = ClauseRef.of("三(六)4");

  /** The legal steps: status → actions. */
  public static final ImmutableSetMultimap<ReferralStatus, ReferralAction> LEGAL =
      ImmutableSetMultimap.<ReferralStatus, ReferralAction>builder()
          .putAll(ReferralStatus.OPEN, ReferralAction.ACCEPT, ReferralAction.REJECT, ReferralAction.WITHDRAW,
              ReferralAction.REROUTE)
          .putAll(ReferralStatus.ACCEPTED, ReferralAction.RECORD_OUTCOME, ReferralAction.WITHDRAW,
              ReferralAction.REROUTE)
          .put(ReferralStatus.OUTCOME_RECORDED, ReferralAction.RETURN_TO_SCHOOL)
          .put(ReferralStatus.RETURNED_TO_SCHOOL, ReferralAction.CLOSE)
          .build();

  private static final Set<ReferralAction> NEEDS_REASON =
      ImmutableSet.of(ReferralAction.REJECT, ReferralAction.WITHDRAW, ReferralAction.REROUTE);

  private ReferralRules() {}

  /** The names of the rules this class applies. */
  public static List<String> allCurrentRules() {
    return List.of("REFERRAL_ALREADY_ENDED", "REFERRAL_CLOSE_NEEDS_OUTCOME", "REFERRAL_TRANSITION_NOT_ALLOWED",
        "REFERRAL_WRONG_SIDE", "REFERRAL_REASON_REQUIRED", "REFERRAL_OUTCOME_REQUIRED",
        "REFERRAL_FOLLOW_UP_PLAN_REQUIRED", "REFERRAL_REROUTE_SAME_INSTITUTION", "REFERRAL_SUMMARY_REQUIRED");
  }

  public static boolean isLegal(ReferralStatus from, ReferralAction action) {
    return LEGAL.containsEntry(from, action);
  }

  /** A referral is opened with a summary for the institution (the file's notes are never shared). */
  public static Decision mayOpen(String sharedSummary) {
    if (sharedSummary == null || sharedSummary.isBlank()) {
      return Decision.rejected("REFERRAL_SUMMARY_REQUIRED", Bilingual.of("转介须填写提供给医疗机构的情况摘要",
          "a referral needs a summary shared with the institution"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** Whether the status allows {@code action} at all (the state machine only). */
  public static Decision mayTransition(ReferralStatus from, boolean outcomeRecorded, ReferralAction action) {
    if (from.terminal()) {
      return Decision.rejected("REFERRAL_ALREADY_ENDED", Bilingual.of("转介已结束（" + from.label().zh() + "），不能再"
          + action.label().zh(), "the referral has ended (" + from.label().en() + "); it cannot " + action.label().en()),
          CLAUSE);
    }
    if (isLegal(from, action)) {
      return Decision.allowed();
    }
    if (action == ReferralAction.CLOSE && !outcomeRecorded) {
      return Decision.rejected("REFERRAL_CLOSE_NEEDS_OUTCOME", Bilingual.of("转介须有诊疗结果后才能结案",
          "a referral closes only with an outcome"), CLAUSE);
    }
    return Decision.rejected("REFERRAL_TRANSITION_NOT_ALLOWED", Bilingual.of(
        "当前状态（" + from.label().zh() + "）不能" + action.label().zh(),
        "a referral that is " + from.label().en() + " cannot " + action.label().en()), CLAUSE);
  }

  /**
   * May {@code side} take {@code action} on {@code referral}? {@code text} is the step's text (the reason of a
   * rejection, withdrawal or reroute; the outcome; the follow-up plan); {@code newInstitution} the reroute's target.
   */
  public static Decision mayApply(Referral referral, ReferralAction action, ReferralAction.Side side, String text,
      PartnerId newInstitution) {
    Decision t = mayTransition(referral.status(), referral.outcomeNote() != null, action);
    if (!t.isAllowed()) {
      return t;
    }
    if (action.side() != side) {
      return Decision.rejected("REFERRAL_WRONG_SIDE", Bilingual.of(
          (action.side() == ReferralAction.Side.SCHOOL ? "只有转出学校" : "只有接收机构") + "可以" + action.label().zh(),
          "only the " + (action.side() == ReferralAction.Side.SCHOOL ? "referring school" : "receiving institution")
              + " may " + action.label().en()), CLAUSE);
    }
    boolean blank = text == null || text.isBlank();
    if (NEEDS_REASON.contains(action) && blank) {
      return Decision.rejected("REFERRAL_REASON_REQUIRED", Bilingual.of(action.label().zh() + "须说明原因",
          "to " + action.label().en() + " needs a reason"), CLAUSE);
    }
    if (action == ReferralAction.RECORD_OUTCOME && blank) {
      return Decision.rejected("REFERRAL_OUTCOME_REQUIRED", Bilingual.of("须填写诊疗结果", "the outcome is required"),
          INSTITUTION_CLAUSE);
    }
    if (action == ReferralAction.RETURN_TO_SCHOOL && blank) {
      return Decision.rejected("REFERRAL_FOLLOW_UP_PLAN_REQUIRED", Bilingual.of("返校须制定跟进计划",
          "a return to school needs a follow-up plan"), CLAUSE);
    }
    if (action == ReferralAction.REROUTE && (newInstitution == null || newInstitution.equals(referral.institution()))) {
      return Decision.rejected("REFERRAL_REROUTE_SAME_INSTITUTION", Bilingual.of("改转须选择另一家医疗机构",
          "a reroute goes to another institution"), CLAUSE);
    }
    return Decision.allowed();
  }

  /**
   * The steps of {@code referral} that broke their seed time limit as of {@code at}, in step order. Only the history
   * up to {@code at} counts. A step runs from the previous step (acceptance from the opening) and is done by its
   * target status (acceptance also by a rejection — an answer); a withdrawal or reroute stops its clock. A step is
   * breached when it was done, stopped or still running strictly after its due instant; exactly at the due instant
   * is in time.
   */
  public static List<ReferralBreach> breaches(Referral referral, Instant at, MentalHealthSettings settings) {
    return breaches(referral.id(), referral.urgency(), referral.history(), at, settings);
  }

  /**
   * The same rule from a referral's id, urgency and steps (oldest first, starting with OPEN) only: for aggregates
   * that count breaches without opening the free text of every referral.
   */
  public static List<ReferralBreach> breaches(ReferralId referral, ReferralUrgency urgency,
      List<ReferralEvent> history, Instant at, MentalHealthSettings settings) {
    checkArgument(!history.isEmpty() && history.get(0).status() == ReferralStatus.OPEN, "the history starts with OPEN");
    MentalHealthSettings.ReferralTimeLimit limit = settings.limitFor(urgency);
    Optional<Instant> stopped = firstOf(history, at, ReferralStatus.WITHDRAWN, ReferralStatus.REROUTED);
    List<ReferralBreach> out = new ArrayList<>();
    step(out, referral, ReferralStep.ACCEPTANCE, Optional.of(history.get(0).at()).filter(s -> !s.isAfter(at)),
        firstOf(history, at, ReferralStatus.ACCEPTED, ReferralStatus.REJECTED), stopped, at, limit);
    step(out, referral, ReferralStep.OUTCOME, firstOf(history, at, ReferralStatus.ACCEPTED),
        firstOf(history, at, ReferralStatus.OUTCOME_RECORDED), stopped, at, limit);
    step(out, referral, ReferralStep.RETURN, firstOf(history, at, ReferralStatus.OUTCOME_RECORDED),
        firstOf(history, at, ReferralStatus.RETURNED_TO_SCHOOL), stopped, at, limit);
    return List.copyOf(out);
  }

  private static void step(List<ReferralBreach> out, ReferralId r, ReferralStep step, Optional<Instant> start,
      Optional<Instant> done, Optional<Instant> stopped, Instant at, MentalHealthSettings.ReferralTimeLimit limit) {
    if (start.isEmpty()) {
      return;
    }
    Instant due = start.get().plus(Duration.ofHours(limit.hours(step)));
    Instant stop = done.or(() -> stopped).orElse(at);
    if (stop.isAfter(due)) {
      out.add(new ReferralBreach(r, step, due, done.orElse(null), Duration.between(due, stop)));
    }
  }

  private static Optional<Instant> firstOf(List<ReferralEvent> history, Instant at, ReferralStatus... statuses) {
    Set<ReferralStatus> wanted = ImmutableSet.copyOf(statuses);
    return history.stream().filter(e -> wanted.contains(e.status()) && !e.at().isAfter(at))
        .map(ReferralEvent::at).findFirst();
  }
}
