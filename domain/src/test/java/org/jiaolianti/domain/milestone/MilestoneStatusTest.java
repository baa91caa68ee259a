package org.jiaolianti.domain.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jiaolianti.domain.policy.MilestoneMetric.ESTABLISHMENT_SHARE;
import static org.jiaolianti.domain.testing.Districts.facts;
import static org.jiaolianti.domain.testing.Districts.line;
import static org.jiaolianti.domain.testing.Districts.schools;
import static org.jiaolianti.domain.testing.TestPolicy.ISSUE_DATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.testing.Alliances;
import org.jiaolianti.domain.testing.Alliances.Setup;
import org.jiaolianti.domain.testing.Districts;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Milestone statuses of the establishment share (二: ≥50% in 2025, ≥80% in 2026, 100% in 2027),
 * computed from the records as of a date (MISSION §5).
 */
class MilestoneStatusTest {

  /** Half-way from the issue date (2025-12-01) to the 2025 deadline: the straight line expects 0.25. */
  private static final LocalDate HALF_WAY = LocalDate.of(2025, 12, 16);

  private final MilestoneCalculator calculator = new MilestoneCalculator(TestPolicy.policy());

  @Test
  void everyTargetIsNotStartedBeforeTheIssueDate() {
    List<MilestoneLine> report = calculator.report(facts(schools(5, 5)), ISSUE_DATE.minusDays(1), List.of());
    assertThat(report).hasSize(3 + 2 + 3);
    assertThat(report).allSatisfy(l -> {
      assertThat(l.status()).isEqualTo(MilestoneStatus.NOT_STARTED);
      assertThat(l.optionalExpected()).isEmpty();
    });
  }

  @Test
  void onTheIssueDateTheClockStarts() {
    MilestoneLine share2025 = line(calculator.report(facts(schools(0, 10)), ISSUE_DATE, List.of()), ESTABLISHMENT_SHARE, 2025);
    assertThat(share2025.status()).isEqualTo(MilestoneStatus.ON_TRACK);
    assertThat(share2025.expected()).isEqualByComparingTo("0");
  }

  @ParameterizedTest(name = "{0} of 10 established → {2}")
  @CsvSource({
      "5, 0.5, MET",
      "6, 0.6, MET",
      "3, 0.3, ON_TRACK",
      "2, 0.2, AT_RISK",
      "0, 0, AT_RISK"})
  void beforeTheDeadlineTheStatusFollowsTheStraightLine(int established, String share, MilestoneStatus status) {
    MilestoneLine line = line(calculator.report(facts(schools(established, 10 - established)), HALF_WAY, List.of()),
        ESTABLISHMENT_SHARE, 2025);
    assertThat(line.expected()).isEqualByComparingTo("0.25");
    assertThat(line.actual().value()).isEqualByComparingTo(share);
    assertThat(line.actual().base()).isEqualTo(10L);
    assertThat(line.actual().count()).isEqualTo(established);
    assertThat(line.measuredOn()).isEqualTo(HALF_WAY);
    assertThat(line.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(line.target()).isEqualByComparingTo("0.5");
    assertThat(line.gap()).isEqualByComparingTo(new BigDecimal("0.5").subtract(new BigDecimal(share)));
    assertThat(line.clause().value()).isEqualTo("二");
    assertThat(line.status()).isEqualTo(status);
  }

  @Test
  void exactlyOnTheLineIsOnTrack() {
    MilestoneLine line = line(calculator.report(facts(schools(1, 3)), HALF_WAY, List.of()), ESTABLISHMENT_SHARE, 2025);
    assertThat(line.actual().value()).isEqualByComparingTo("0.25");
    assertThat(line.status()).isEqualTo(MilestoneStatus.ON_TRACK);
  }

  @Test
  void establishingMoreSchoolsMovesTheStatus() {
    List<Setup> district = schools(2, 8);
    assertThat(line(calculator.report(facts(district), HALF_WAY, List.of()), ESTABLISHMENT_SHARE, 2025).status())
        .isEqualTo(MilestoneStatus.AT_RISK);

    district.get(2).agreementWith(Alliances.venue("kejiguan"), DateRange.from(ISSUE_DATE), Collaboration.VENUE_SCHOOL);
    MilestoneLine three = line(calculator.report(facts(district), HALF_WAY, List.of()), ESTABLISHMENT_SHARE, 2025);
    assertThat(three.actual().records()).containsExactly("s01", "s02", "s03");
    assertThat(three.status()).isEqualTo(MilestoneStatus.ON_TRACK);

    district.get(3).agreementWith(Alliances.venue("kejiguan"), DateRange.from(ISSUE_DATE), Collaboration.VENUE_SCHOOL);
    district.get(4).agreementWith(Alliances.venue("kejiguan"), DateRange.from(ISSUE_DATE), Collaboration.VENUE_SCHOOL);
    assertThat(line(calculator.report(facts(district), HALF_WAY, List.of()), ESTABLISHMENT_SHARE, 2025).status())
        .isEqualTo(MilestoneStatus.MET);
  }

  /** On or after the deadline: MET or MISSED on the data valid at the deadline. */
  @Test
  void afterTheDeadlineAnAgreementStartedInTheNewYearDoesNotRescueTheOldYear() {
    List<Setup> district = schools(4, 6);
    district.get(4).agreementWith(Alliances.venue("kejiguan"), DateRange.from(LocalDate.of(2026, 1, 15)),
        Collaboration.VENUE_SCHOOL);
    List<MilestoneLine> report = calculator.report(facts(district), LocalDate.of(2026, 3, 1), List.of());

    MilestoneLine share2025 = line(report, ESTABLISHMENT_SHARE, 2025);
    assertThat(share2025.measuredOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(share2025.actual().value()).isEqualByComparingTo("0.4");
    assertThat(share2025.actual().records()).doesNotContain("s05");
    assertThat(share2025.gap()).isEqualByComparingTo("0.1");
    assertThat(share2025.optionalExpected()).isEmpty();
    assertThat(share2025.status()).isEqualTo(MilestoneStatus.MISSED);

    MilestoneLine share2026 = line(report, ESTABLISHMENT_SHARE, 2026);
    assertThat(share2026.measuredOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(share2026.actual().value()).isEqualByComparingTo("0.5");
    assertThat(share2026.actual().records()).contains("s05");
    assertThat(share2026.expected()).isStrictlyBetween(new BigDecimal("0.5"), new BigDecimal("0.8"));
    assertThat(share2026.status()).isEqualTo(MilestoneStatus.AT_RISK);
  }

  @Test
  void afterTheDeadlineAYearMetOnTheDeadlineStaysMet() {
    List<Setup> district = schools(5, 5);
    // s01's agreement ends in 2026: the 2025 figure, taken at the deadline, does not move.
    district.get(0).changeAgreementsWith(org.jiaolianti.domain.organization.PartnerId.of("s01-community"),
        a -> a.endingOn(LocalDate.of(2026, 1, 31)));
    List<MilestoneLine> report = calculator.report(facts(district), LocalDate.of(2026, 3, 1), List.of());
    assertThat(line(report, ESTABLISHMENT_SHARE, 2025).status()).isEqualTo(MilestoneStatus.MET);
    assertThat(line(report, ESTABLISHMENT_SHARE, 2025).actual().value()).isEqualByComparingTo("0.5");
    assertThat(line(report, ESTABLISHMENT_SHARE, 2026).actual().value()).isEqualByComparingTo("0.4");
  }

  @Test
  void theDeadlineDayItselfIsJudgedFinally() {
    LocalDate deadline = LocalDate.of(2025, 12, 31);
    assertThat(line(calculator.report(facts(schools(4, 6)), deadline, List.of()), ESTABLISHMENT_SHARE, 2025).status())
        .isEqualTo(MilestoneStatus.MISSED);
    assertThat(line(calculator.report(facts(schools(5, 5)), deadline, List.of()), ESTABLISHMENT_SHARE, 2025).status())
        .isEqualTo(MilestoneStatus.MET);
    assertThat(line(calculator.report(facts(schools(4, 6)), deadline.minusDays(1), List.of()), ESTABLISHMENT_SHARE, 2025)
        .status()).isIn(MilestoneStatus.ON_TRACK, MilestoneStatus.AT_RISK);
  }

  /** The share counts primary and secondary types and special schools; kindergartens only if the seed says so. */
  @Test
  void kindergartensAreNotCountedByDefault() {
    List<Setup> district = schools(2, 2);
    Figure without = calculator.share(facts(district).schools(), HALF_WAY);
    district.add(Setup.established(Alliances.school("k01", SchoolType.KINDERGARTEN, Alliances.OWN_TOWN), Districts.ZONE,
        ISSUE_DATE));
    Figure with = calculator.share(facts(district).schools(), HALF_WAY);
    assertThat(with).isEqualTo(without);
    assertThat(with.base()).isEqualTo(4L);
    assertThat(with.value()).isEqualByComparingTo("0.5");

    MilestoneCalculator countingKindergartens = new MilestoneCalculator(TestPolicy.builder()
        .localSettings(new LocalSettings(LocalSettings.defaults().establishment(), EnumSet.allOf(SchoolType.class))).build());
    Figure counted = countingKindergartens.share(facts(district).schools(), HALF_WAY);
    assertThat(counted.base()).isEqualTo(5L);
    assertThat(counted.count()).isEqualTo(3L);
    assertThat(counted.value()).isEqualByComparingTo("0.6");
  }

  @Test
  void aClosedSchoolIsNotCounted() {
    List<Setup> district = schools(2, 2);
    district.add(Setup.established(Alliances.school("s99"), Districts.ZONE, ISSUE_DATE)
        .school(s -> s.closedOn(LocalDate.of(2025, 12, 10))));
    Figure beforeClosing = calculator.share(facts(district).schools(), LocalDate.of(2025, 12, 9));
    assertThat(beforeClosing.base()).isEqualTo(5L);
    assertThat(beforeClosing.count()).isEqualTo(3L);
    Figure afterClosing = calculator.share(facts(district).schools(), HALF_WAY);
    assertThat(afterClosing.base()).isEqualTo(4L);
    assertThat(afterClosing.count()).isEqualTo(2L);
    assertThat(afterClosing.records()).doesNotContain("s99");
  }

  @Test
  void aDistrictWithNoCountedSchoolHasAZeroShareThatReachesNothing() {
    Figure none = calculator.share(List.of(), HALF_WAY);
    assertThat(none.value()).isEqualByComparingTo("0");
    assertThat(none.base()).isZero();
    assertThat(none.reaches(new BigDecimal("0.5"))).isFalse();
  }

  @Test
  void theLineRecordsTheStraightLineExpectation() {
    MilestoneLine line2026 = line(calculator.report(facts(schools(6, 4)), LocalDate.of(2026, 7, 1), List.of()),
        ESTABLISHMENT_SHARE, 2026);
    assertThat(line2026.expected().doubleValue()).isCloseTo(0.5 + 0.3 * 182 / 365, within(0.000001));
    assertThat(line2026.status()).isEqualTo(MilestoneStatus.AT_RISK);
  }
}
