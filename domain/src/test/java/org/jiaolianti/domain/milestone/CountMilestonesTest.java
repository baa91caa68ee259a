package org.jiaolianti.domain.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jiaolianti.domain.policy.MilestoneMetric.EXCHANGE_EVENTS;
import static org.jiaolianti.domain.policy.MilestoneMetric.TYPICAL_CASES;
import static org.jiaolianti.domain.testing.Alliances.voiding;
import static org.jiaolianti.domain.testing.Districts.event;
import static org.jiaolianti.domain.testing.Districts.facts;
import static org.jiaolianti.domain.testing.Districts.line;
import static org.jiaolianti.domain.testing.Districts.schools;
import static org.jiaolianti.domain.testing.Districts.typicalCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/**
 * The count milestones of 二: typical cases selected (≥10 by 2026, ≥25 by 2027, cumulative) and one
 * experience-exchange event every year (per year). District-wide only.
 */
class CountMilestonesTest {

  private final MilestoneCalculator calculator = new MilestoneCalculator(TestPolicy.policy());

  private List<MilestoneLine> report(List<TypicalCase> cases, List<ExchangeEvent> events, LocalDate asOf) {
    return calculator.report(facts(schools(1, 0), cases, events), asOf, List.of());
  }

  @Test
  void aCaseCountsFromTheDayItWasSelectedTowardEveryLaterTarget() {
    List<TypicalCase> cases = List.of(typicalCase("c1", LocalDate.of(2026, 5, 1)));

    List<MilestoneLine> dayBefore = report(cases, List.of(), LocalDate.of(2026, 4, 30));
    assertThat(line(dayBefore, TYPICAL_CASES, 2026).actual().count()).isZero();
    assertThat(line(dayBefore, TYPICAL_CASES, 2027).actual().count()).isZero();

    List<MilestoneLine> onTheDay = report(cases, List.of(), LocalDate.of(2026, 5, 1));
    assertThat(line(onTheDay, TYPICAL_CASES, 2026).actual().records()).containsExactly("c1");
    assertThat(line(onTheDay, TYPICAL_CASES, 2027).actual().records()).containsExactly("c1");
    assertThat(line(onTheDay, TYPICAL_CASES, 2026).actual().optionalBase()).isEmpty();
  }

  @Test
  void aVoidedCaseCountsForNoTarget() {
    List<TypicalCase> cases = List.of(
        typicalCase("c1", LocalDate.of(2026, 5, 1)),
        typicalCase("c2", LocalDate.of(2026, 5, 1)).voided(voiding("selected twice")));
    List<MilestoneLine> report = report(cases, List.of(), LocalDate.of(2026, 6, 1));
    assertThat(line(report, TYPICAL_CASES, 2026).actual().records()).containsExactly("c1");
    assertThat(line(report, TYPICAL_CASES, 2027).actual().records()).containsExactly("c1");
  }

  @Test
  void aCaseSelectedBeforeTheIssueDateDoesNotCount() {
    List<TypicalCase> cases = List.of(typicalCase("c0", LocalDate.of(2025, 11, 15)));
    assertThat(line(report(cases, List.of(), LocalDate.of(2026, 6, 1)), TYPICAL_CASES, 2026).actual().count()).isZero();
  }

  @Test
  void casesAccumulateAcrossYearsAndEachTargetIsJudgedAtItsDeadline() {
    List<TypicalCase> cases = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      cases.add(typicalCase("c" + i, LocalDate.of(2026, 3, i)));
    }
    cases.add(typicalCase("c10", LocalDate.of(2027, 1, 10)));

    List<MilestoneLine> early2027 = report(cases, List.of(), LocalDate.of(2027, 2, 1));
    MilestoneLine cases2026 = line(early2027, TYPICAL_CASES, 2026);
    assertThat(cases2026.actual().count()).isEqualTo(9);
    assertThat(cases2026.measuredOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(cases2026.status()).isEqualTo(MilestoneStatus.MISSED);
    MilestoneLine cases2027 = line(early2027, TYPICAL_CASES, 2027);
    assertThat(cases2027.actual().count()).isEqualTo(10);
    // The 2027 line starts from the 2026 target (10) at 2026-12-31 and has already moved past it.
    assertThat(cases2027.expected().doubleValue()).isCloseTo(10 + 15.0 * 32 / 365, within(0.000001));
    assertThat(cases2027.status()).isEqualTo(MilestoneStatus.AT_RISK);

    cases.add(typicalCase("c11", LocalDate.of(2026, 12, 31)));
    List<MilestoneLine> withOneMore = report(cases, List.of(), LocalDate.of(2027, 2, 1));
    assertThat(line(withOneMore, TYPICAL_CASES, 2026).actual().count()).isEqualTo(10);
    assertThat(line(withOneMore, TYPICAL_CASES, 2026).status()).isEqualTo(MilestoneStatus.MET);
    assertThat(line(withOneMore, TYPICAL_CASES, 2027).actual().count()).isEqualTo(11);

    for (int i = 12; i <= 25; i++) {
      cases.add(typicalCase("c" + i, LocalDate.of(2027, 1, 20)));
    }
    MilestoneLine all = line(report(cases, List.of(), LocalDate.of(2027, 2, 1)), TYPICAL_CASES, 2027);
    assertThat(all.actual().count()).isEqualTo(25);
    assertThat(all.status()).isEqualTo(MilestoneStatus.MET);
  }

  @Test
  void casesBelowTheStraightLineAreAtRisk() {
    MilestoneLine line = line(report(List.of(typicalCase("c1", LocalDate.of(2026, 5, 1))), List.of(),
        LocalDate.of(2026, 6, 1)), TYPICAL_CASES, 2026);
    assertThat(line.expected().doubleValue()).isGreaterThan(4.0).isLessThan(5.0);
    assertThat(line.status()).isEqualTo(MilestoneStatus.AT_RISK);
  }

  @Test
  void exchangeEventsCountWithinTheirOwnYear() {
    List<ExchangeEvent> events = List.of(
        event("e0", LocalDate.of(2025, 11, 20)),
        event("e1", LocalDate.of(2025, 12, 10)),
        event("e2", LocalDate.of(2026, 6, 1)),
        event("e3", LocalDate.of(2026, 8, 1)).voided(voiding("cancelled")));

    List<MilestoneLine> report = report(List.of(), events, LocalDate.of(2027, 2, 1));
    assertThat(line(report, EXCHANGE_EVENTS, 2025).actual().records()).containsExactly("e1");
    assertThat(line(report, EXCHANGE_EVENTS, 2025).status()).isEqualTo(MilestoneStatus.MET);
    assertThat(line(report, EXCHANGE_EVENTS, 2026).actual().records()).containsExactly("e2");
    assertThat(line(report, EXCHANGE_EVENTS, 2026).status()).isEqualTo(MilestoneStatus.MET);
    assertThat(line(report, EXCHANGE_EVENTS, 2027).actual().records()).isEmpty();
    assertThat(line(report, EXCHANGE_EVENTS, 2027).status()).isEqualTo(MilestoneStatus.AT_RISK);
  }

  @Test
  void anEventHeldLaterInTheYearIsNotCountedBeforeItHappens() {
    List<ExchangeEvent> events = List.of(event("e1", LocalDate.of(2025, 12, 10)));
    MilestoneLine before = line(report(List.of(), events, LocalDate.of(2025, 12, 5)), EXCHANGE_EVENTS, 2025);
    assertThat(before.actual().count()).isZero();
    assertThat(before.status()).isEqualTo(MilestoneStatus.AT_RISK);
    MilestoneLine after = line(report(List.of(), events, LocalDate.of(2025, 12, 10)), EXCHANGE_EVENTS, 2025);
    assertThat(after.actual().count()).isEqualTo(1);
    assertThat(after.status()).isEqualTo(MilestoneStatus.MET);
  }

  @Test
  void aYearWithoutAnEventIsMissed() {
    List<ExchangeEvent> events = List.of(event("e1", LocalDate.of(2025, 12, 10)), event("e3", LocalDate.of(2027, 3, 1)));
    MilestoneLine events2026 = line(report(List.of(), events, LocalDate.of(2027, 6, 1)), EXCHANGE_EVENTS, 2026);
    assertThat(events2026.actual().count()).isZero();
    assertThat(events2026.status()).isEqualTo(MilestoneStatus.MISSED);
  }
}
