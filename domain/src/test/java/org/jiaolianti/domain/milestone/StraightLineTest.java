package org.jiaolianti.domain.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jiaolianti.domain.policy.MilestoneMetric.ESTABLISHMENT_SHARE;
import static org.jiaolianti.domain.policy.MilestoneMetric.EXCHANGE_EVENTS;
import static org.jiaolianti.domain.policy.MilestoneMetric.TYPICAL_CASES;
import static org.jiaolianti.domain.testing.TestPolicy.ISSUE_DATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/**
 * The straight line from the previous checkpoint (the previous target at its deadline, or 0 at the
 * issue date) to the target at its deadline (MISSION §5; 二).
 */
class StraightLineTest {

  private final Policy policy = TestPolicy.policy();

  private BigDecimal expected(MilestoneMetric metric, int year, LocalDate on) {
    return StraightLine.expectedOn(TestPolicy.milestone(policy, metric), TestPolicy.targetOf(policy, metric, year),
        ISSUE_DATE, on);
  }

  @Test
  void theFirstTargetRunsFromZeroAtTheIssueDate() {
    assertThat(expected(ESTABLISHMENT_SHARE, 2025, ISSUE_DATE)).isEqualByComparingTo("0");
    assertThat(expected(ESTABLISHMENT_SHARE, 2025, LocalDate.of(2025, 12, 16))).isEqualByComparingTo("0.25");
    assertThat(expected(ESTABLISHMENT_SHARE, 2025, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0.5");
    assertThat(expected(ESTABLISHMENT_SHARE, 2025, ISSUE_DATE.minusDays(10))).isEqualByComparingTo("0");
  }

  @Test
  void aLaterTargetRunsFromThePreviousTargetAtItsDeadline() {
    // 2025-12-31 → 2026-07-01 is 182 of 365 days.
    BigDecimal midway = expected(ESTABLISHMENT_SHARE, 2026, LocalDate.of(2026, 7, 1));
    assertThat(midway).isStrictlyBetween(new BigDecimal("0.5"), new BigDecimal("0.8"));
    assertThat(midway.doubleValue()).isCloseTo(0.5 + 0.3 * 182 / 365, within(0.000001));
    assertThat(expected(ESTABLISHMENT_SHARE, 2026, LocalDate.of(2026, 1, 1)).doubleValue()).isCloseTo(0.5, within(0.001));
    assertThat(expected(ESTABLISHMENT_SHARE, 2026, LocalDate.of(2026, 12, 31))).isEqualByComparingTo("0.8");
    assertThat(expected(ESTABLISHMENT_SHARE, 2027, LocalDate.of(2027, 12, 31))).isEqualByComparingTo("1.0");
  }

  @Test
  void beforeThePreviousCheckpointTheEarlierSegmentApplies() {
    assertThat(expected(ESTABLISHMENT_SHARE, 2026, LocalDate.of(2025, 12, 16))).isEqualByComparingTo("0.25");
    assertThat(expected(ESTABLISHMENT_SHARE, 2027, LocalDate.of(2025, 12, 16))).isEqualByComparingTo("0.25");
  }

  @Test
  void theFirstCountTargetRunsFromTheIssueDate() {
    // 2025-12-01 → 2026-12-31 is 395 days, 2026-07-01 is day 212; 2026-12-31 → 2027-07-02 is 183 days.
    assertThat(expected(TYPICAL_CASES, 2026, LocalDate.of(2026, 7, 1)).doubleValue()).isCloseTo(10.0 * 212 / 395,
        within(0.000001));
    assertThat(expected(TYPICAL_CASES, 2027, LocalDate.of(2027, 7, 2)).doubleValue()).isCloseTo(10 + 15.0 * 183 / 365,
        within(0.000001));
  }

  /** A per-year count runs from 0 on 1 January (or the issue date, if later) to the target on 31 December. */
  @Test
  void exchangeEventsRunWithinTheirOwnYear() {
    // 2026-01-01 → 2026-12-31 is 364 days; 2026-07-01 is day 181.
    BigDecimal mid2026 = expected(EXCHANGE_EVENTS, 2026, LocalDate.of(2026, 7, 1));
    assertThat(mid2026.doubleValue()).isCloseTo(0.5, within(0.01)).isCloseTo(181.0 / 364, within(0.000001));
    assertThat(expected(EXCHANGE_EVENTS, 2026, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("0");
    assertThat(expected(EXCHANGE_EVENTS, 2026, LocalDate.of(2025, 12, 20))).isEqualByComparingTo("0");
    assertThat(expected(EXCHANGE_EVENTS, 2025, LocalDate.of(2025, 12, 16))).isEqualByComparingTo("0.5");
  }
}
