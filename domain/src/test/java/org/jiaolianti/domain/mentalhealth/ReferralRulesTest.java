package org.jiaolianti.domain.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The green channel: the full status × action matrix, outcome before close, reroute, who/when, breaches. */
class ReferralRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final PartnerId HOSPITAL = PartnerId.of("xm-mh-centre");
  private static final PartnerId OTHER = PartnerId.of("xm-children");
  private static final UserId TEACHER = UserId.of("c1");
  private static final UserId DOCTOR = UserId.of("dr1");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final MentalHealthSettings SETTINGS = MentalHealthSettings.defaults();

  /** The legal steps, written out independently of ReferralRules.LEGAL. */
  private static final Map<ReferralStatus, Set<ReferralAction>> EXPECTED_LEGAL = new EnumMap<>(Map.of(
      ReferralStatus.OPEN, EnumSet.of(ReferralAction.ACCEPT, ReferralAction.REJECT, ReferralAction.WITHDRAW,
          ReferralAction.REROUTE),
      ReferralStatus.ACCEPTED, EnumSet.of(ReferralAction.RECORD_OUTCOME, ReferralAction.WITHDRAW,
          ReferralAction.REROUTE),
      ReferralStatus.OUTCOME_RECORDED, EnumSet.of(ReferralAction.RETURN_TO_SCHOOL),
      ReferralStatus.RETURNED_TO_SCHOOL, EnumSet.of(ReferralAction.CLOSE)));

  private static Referral open(ReferralUrgency urgency) {
    return Referral.open(ReferralId.of("r1"), D, SchoolId.of("s1"), StudentId.of("st1"), MentalHealthFileId.of("f1"),
        HOSPITAL, urgency, "近两周情绪低落，有自伤言语", ConsentId.of("k1"), null, TEACHER, T0);
  }

  private static Instant t(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  /** A referral in {@code status}, reached by legal steps one hour apart. */
  private static Referral in(ReferralStatus status) {
    Referral r = open(ReferralUrgency.CRISIS);
    return switch (status) {
      case OPEN -> r;
      case ACCEPTED -> r.accepted(DOCTOR, t(1));
      case OUTCOME_RECORDED -> in(ReferralStatus.ACCEPTED).outcomeRecorded(DOCTOR, t(2), "抑郁发作，门诊治疗");
      case RETURNED_TO_SCHOOL -> in(ReferralStatus.OUTCOME_RECORDED).returnedToSchool(TEACHER, t(3), "每周谈话");
      case CLOSED -> in(ReferralStatus.RETURNED_TO_SCHOOL).closed(TEACHER, t(4));
      case REJECTED -> r.rejected(DOCTOR, t(1), "无床位");
      case WITHDRAWN -> r.withdrawn(TEACHER, t(1), "家长另行就医");
      case REROUTED -> r.rerouted(ReferralId.of("r2"), OTHER, TEACHER, t(1), "专科更合适").ended();
    };
  }

  private static String textFor(ReferralAction a) {
    return a == ReferralAction.ACCEPT || a == ReferralAction.CLOSE ? null : "说明";
  }

  private static Referral apply(Referral r, ReferralAction a, Instant at) {
    UserId by = a.side() == ReferralAction.Side.SCHOOL ? TEACHER : DOCTOR;
    return switch (a) {
      case ACCEPT -> r.accepted(by, at);
      case REJECT -> r.rejected(by, at, textFor(a));
      case RECORD_OUTCOME -> r.outcomeRecorded(by, at, textFor(a));
      case RETURN_TO_SCHOOL -> r.returnedToSchool(by, at, textFor(a));
      case CLOSE -> r.closed(by, at);
      case WITHDRAW -> r.withdrawn(by, at, textFor(a));
      case REROUTE -> r.rerouted(ReferralId.of("r9"), OTHER, by, at, textFor(a)).ended();
    };
  }

  private static String expectedRule(ReferralStatus s, ReferralAction a) {
    if (s.terminal()) {
      return "REFERRAL_ALREADY_ENDED";
    }
    if (a == ReferralAction.CLOSE && (s == ReferralStatus.OPEN || s == ReferralStatus.ACCEPTED)) {
      return "REFERRAL_CLOSE_NEEDS_OUTCOME";
    }
    return "REFERRAL_TRANSITION_NOT_ALLOWED";
  }

  @Test
  void everyStatusTimesEveryAction_isAllowedExactlyWhenLegal_andIllegalOnesAreRefusedByName() {
    int legal = 0;
    int illegal = 0;
    for (ReferralStatus s : ReferralStatus.values()) {
      Referral r = in(s);
      assertThat(r.status()).isEqualTo(s);
      for (ReferralAction a : ReferralAction.values()) {
        boolean expected = EXPECTED_LEGAL.getOrDefault(s, Set.of()).contains(a);
        Decision d = ReferralRules.mayApply(r, a, a.side(), textFor(a), OTHER);
        assertThat(ReferralRules.isLegal(s, a)).as("%s × %s", s, a).isEqualTo(expected);
        if (expected) {
          legal++;
          assertThat(d.isAllowed()).as("%s × %s", s, a).isTrue();
          Referral next = apply(r, a, t(10));
          assertThat(next.status()).isEqualTo(a.to());
          ReferralEvent last = next.history().get(next.history().size() - 1);
          assertThat(last.status()).isEqualTo(a.to());
          assertThat(last.at()).isEqualTo(t(10));
          assertThat(last.by()).isEqualTo(a.side() == ReferralAction.Side.SCHOOL ? TEACHER : DOCTOR);
          assertThat(next.history()).hasSize(r.history().size() + 1);
        } else {
          illegal++;
          String rule = expectedRule(s, a);
          assertThat(d).as("%s × %s", s, a).isInstanceOfSatisfying(Decision.Rejected.class, x -> {
            assertThat(x.rule()).isEqualTo(rule);
            assertThat(x.clause()).isEqualTo(ReferralRules.CLAUSE);
          });
          assertThatThrownBy(() -> apply(r, a, t(10))).as("%s × %s", s, a)
              .isInstanceOf(IllegalStateException.class).hasMessageContaining(rule);
        }
      }
    }
    assertThat(legal).isEqualTo(9);
    assertThat(illegal).isEqualTo(ReferralStatus.values().length * ReferralAction.values().length - 9);
    assertThat(ReferralRules.allCurrentRules()).contains("REFERRAL_ALREADY_ENDED", "REFERRAL_CLOSE_NEEDS_OUTCOME",
        "REFERRAL_TRANSITION_NOT_ALLOWED");
  }

  @Test
  void aReferralClosesOnlyWithAnOutcome() {
    assertThat(((Decision.Rejected) ReferralRules.mayApply(in(ReferralStatus.ACCEPTED), ReferralAction.CLOSE,
        ReferralAction.Side.SCHOOL, null, null)).rule()).isEqualTo("REFERRAL_CLOSE_NEEDS_OUTCOME");
    Referral closed = in(ReferralStatus.CLOSED);
    assertThat(closed.outcomeNote()).isEqualTo("抑郁发作，门诊治疗");
    assertThat(closed.followUpPlan()).isEqualTo("每周谈话");
    assertThat(closed.history()).extracting(ReferralEvent::status).containsExactly(ReferralStatus.OPEN,
        ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED, ReferralStatus.RETURNED_TO_SCHOOL,
        ReferralStatus.CLOSED);
    // the record itself cannot hold a closed referral without an outcome
    assertThatThrownBy(() -> Referral.reconstitute(closed.id(), D, closed.school(), closed.student(), closed.file(),
        HOSPITAL, ReferralUrgency.CRISIS, ReferralStatus.CLOSED, closed.sharedSummary(), closed.consent(), null, null,
        null, "每周谈话", null, null, closed.history(), 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stepsNeedTheirTextTheRightSideAndARerouteAnotherInstitution() {
    Referral open = in(ReferralStatus.OPEN);
    Referral accepted = in(ReferralStatus.ACCEPTED);
    Referral outcome = in(ReferralStatus.OUTCOME_RECORDED);
    assertThat(rule(ReferralRules.mayApply(open, ReferralAction.ACCEPT, ReferralAction.Side.SCHOOL, null, null)))
        .isEqualTo("REFERRAL_WRONG_SIDE");
    assertThat(rule(ReferralRules.mayApply(open, ReferralAction.WITHDRAW, ReferralAction.Side.INSTITUTION, "x", null)))
        .isEqualTo("REFERRAL_WRONG_SIDE");
    assertThat(rule(ReferralRules.mayApply(open, ReferralAction.REJECT, ReferralAction.Side.INSTITUTION, " ", null)))
        .isEqualTo("REFERRAL_REASON_REQUIRED");
    assertThat(rule(ReferralRules.mayApply(open, ReferralAction.WITHDRAW, ReferralAction.Side.SCHOOL, null, null)))
        .isEqualTo("REFERRAL_REASON_REQUIRED");
    assertThat(rule(ReferralRules.mayApply(accepted, ReferralAction.RECORD_OUTCOME, ReferralAction.Side.INSTITUTION,
        null, null))).isEqualTo("REFERRAL_OUTCOME_REQUIRED");
    assertThat(rule(ReferralRules.mayApply(outcome, ReferralAction.RETURN_TO_SCHOOL, ReferralAction.Side.SCHOOL, "",
        null))).isEqualTo("REFERRAL_FOLLOW_UP_PLAN_REQUIRED");
    assertThat(rule(ReferralRules.mayApply(open, ReferralAction.REROUTE, ReferralAction.Side.SCHOOL, "x", HOSPITAL)))
        .isEqualTo("REFERRAL_REROUTE_SAME_INSTITUTION");
    assertThat(rule(ReferralRules.mayOpen(" "))).isEqualTo("REFERRAL_SUMMARY_REQUIRED");
    assertThat(ReferralRules.mayOpen("摘要").isAllowed()).isTrue();
  }

  @Test
  void aRerouteEndsThisReferralAndOpensALinkedOneToAnotherInstitution() {
    Referral accepted = in(ReferralStatus.ACCEPTED);
    Referral.Reroute r = accepted.rerouted(ReferralId.of("r2"), OTHER, TEACHER, t(5), "需儿童专科");
    assertThat(r.ended().status()).isEqualTo(ReferralStatus.REROUTED);
    assertThat(r.ended().reroutedTo()).isEqualTo(ReferralId.of("r2"));
    assertThat(r.ended().institution()).isEqualTo(HOSPITAL);
    assertThat(r.opened().status()).isEqualTo(ReferralStatus.OPEN);
    assertThat(r.opened().id()).isEqualTo(ReferralId.of("r2"));
    assertThat(r.opened().reroutedFrom()).isEqualTo(accepted.id());
    assertThat(r.opened().institution()).isEqualTo(OTHER);
    assertThat(r.opened().student()).isEqualTo(accepted.student());
    assertThat(r.opened().urgency()).isEqualTo(accepted.urgency());
    assertThat(r.opened().sharedSummary()).isEqualTo(accepted.sharedSummary());
    assertThat(r.opened().consent()).isEqualTo(accepted.consent());
    assertThat(r.opened().openedAt()).isEqualTo(t(5));
    assertThat(r.opened().history()).hasSize(1);
    assertThatThrownBy(() -> accepted.rerouted(accepted.id(), OTHER, TEACHER, t(5), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEmergencyPathOwesTheGuardianANotification_andIsForCrisesOnly() {
    Referral emergency = Referral.open(ReferralId.of("r3"), D, SchoolId.of("s1"), StudentId.of("st1"), null, HOSPITAL,
        ReferralUrgency.CRISIS, "正在实施自伤", null, EmergencyReason.IMMINENT_RISK_TO_LIFE, TEACHER, T0);
    assertThat(emergency.guardianNotificationDue()).isTrue();
    Referral informed = emergency.guardianInformed(t(2));
    assertThat(informed.guardianNotificationDue()).isFalse();
    assertThat(informed.guardianInformedAt()).isEqualTo(t(2));
    assertThat(open(ReferralUrgency.CRISIS).guardianNotificationDue()).isFalse();
    assertThatThrownBy(() -> Referral.open(ReferralId.of("r4"), D, SchoolId.of("s1"), StudentId.of("st1"), null,
        HOSPITAL, ReferralUrgency.ROUTINE, "摘要", null, EmergencyReason.IMMINENT_RISK_TO_LIFE, TEACHER, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Referral.open(ReferralId.of("r5"), D, SchoolId.of("s1"), StudentId.of("st1"), null,
        HOSPITAL, ReferralUrgency.CRISIS, "摘要", null, null, TEACHER, T0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void breachesAtGivenInstants_crisisAcceptanceWithin24Hours() {
    Referral open = open(ReferralUrgency.CRISIS);
    assertThat(ReferralRules.breaches(open, t(24), SETTINGS)).isEmpty(); // exactly at the limit: in time
    List<ReferralBreach> late = ReferralRules.breaches(open, t(24).plusSeconds(1), SETTINGS);
    assertThat(late).singleElement().satisfies(b -> {
      assertThat(b.step()).isEqualTo(ReferralStep.ACCEPTANCE);
      assertThat(b.due()).isEqualTo(t(24));
      assertThat(b.doneAt()).isNull();
      assertThat(b.late()).isEqualTo(Duration.ofSeconds(1));
    });
    // accepted late at 30 h: still a breach (done late); the outcome clock (72 h) runs from acceptance
    Referral accepted = open.accepted(DOCTOR, t(30));
    assertThat(ReferralRules.breaches(accepted, t(29), SETTINGS)).extracting(ReferralBreach::step)
        .containsExactly(ReferralStep.ACCEPTANCE); // history after the instant is ignored
    assertThat(ReferralRules.breaches(accepted, t(29), SETTINGS).get(0).doneAt()).isNull();
    assertThat(ReferralRules.breaches(accepted, t(102), SETTINGS)).singleElement()
        .satisfies(b -> assertThat(b.doneAt()).isEqualTo(t(30)));
    assertThat(ReferralRules.breaches(accepted, t(103), SETTINGS)).extracting(ReferralBreach::step)
        .containsExactly(ReferralStep.ACCEPTANCE, ReferralStep.OUTCOME);
    // on time all the way: no breach; the return step has 336 h from the outcome
    Referral onTime = open.accepted(DOCTOR, t(10)).outcomeRecorded(DOCTOR, t(50), "结果")
        .returnedToSchool(TEACHER, t(50 + 336), "计划");
    assertThat(ReferralRules.breaches(onTime, t(2000), SETTINGS)).isEmpty();
    Referral returnLate = open.accepted(DOCTOR, t(10)).outcomeRecorded(DOCTOR, t(50), "结果");
    assertThat(ReferralRules.breaches(returnLate, t(50 + 337), SETTINGS)).extracting(ReferralBreach::step)
        .containsExactly(ReferralStep.RETURN);
    // a withdrawal stops the clock; a late rejection is a late answer
    Referral withdrawn = open.withdrawn(TEACHER, t(5), "家长另行就医");
    assertThat(ReferralRules.breaches(withdrawn, t(500), SETTINGS)).isEmpty();
    Referral rejectedLate = open.rejected(DOCTOR, t(25), "无床位");
    assertThat(ReferralRules.breaches(rejectedLate, t(500), SETTINGS)).singleElement()
        .satisfies(b -> assertThat(b.late()).isEqualTo(Duration.ofHours(1)));
    // routine: 168 h to accept
    assertThat(ReferralRules.breaches(open(ReferralUrgency.ROUTINE), t(100), SETTINGS)).isEmpty();
    assertThat(ReferralRules.breaches(open(ReferralUrgency.ROUTINE), t(169), SETTINGS)).hasSize(1);
  }

  @Test
  void breachesFromTheStepsAlone_matchTheReferralsOwn() {
    // the report counts breaches from the stored steps without opening the free text: same rule, same answer
    Referral late = open(ReferralUrgency.CRISIS).accepted(DOCTOR, t(30));
    List<ReferralEvent> steps = late.history().stream()
        .map(e -> new ReferralEvent(e.status(), e.by(), e.at(), null)).toList();
    for (int hour : new int[] {10, 25, 103, 500}) {
      assertThat(ReferralRules.breaches(late.id(), late.urgency(), steps, t(hour), SETTINGS))
          .isEqualTo(ReferralRules.breaches(late, t(hour), SETTINGS));
    }
    assertThatThrownBy(() -> ReferralRules.breaches(late.id(), late.urgency(), List.of(), t(1), SETTINGS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String rule(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    return ((Decision.Rejected) d).rule();
  }
}
