package org.jiaolianti.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.testing.TestPolicy.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/** Milestone targets and definitions of 二: shares in (0, 1], whole-number counts, cumulative targets never fall. */
class MilestoneTargetTest {

  @Test
  void aShareTargetLiesInZeroToOne() {
    assertThat(target(MilestoneMetric.ESTABLISHMENT_SHARE, 2027, "1.0").value()).isEqualByComparingTo(BigDecimal.ONE);
    assertThatIllegalArgumentException().isThrownBy(() -> target(MilestoneMetric.ESTABLISHMENT_SHARE, 2027, "1.01"))
        .withMessageContaining("must be a share in (0, 1]");
    assertThatIllegalArgumentException().isThrownBy(() -> target(MilestoneMetric.ESTABLISHMENT_SHARE, 2027, "0"));
    assertThatIllegalArgumentException().isThrownBy(() -> target(MilestoneMetric.ESTABLISHMENT_SHARE, 2027, "-0.5"));
  }

  @Test
  void aCountTargetIsAPositiveWholeNumber() {
    assertThat(target(MilestoneMetric.TYPICAL_CASES, 2026, "10").value()).isEqualByComparingTo("10");
    assertThat(target(MilestoneMetric.TYPICAL_CASES, 2026, "10.00").value()).isEqualByComparingTo("10");
    assertThatIllegalArgumentException().isThrownBy(() -> target(MilestoneMetric.TYPICAL_CASES, 2026, "10.5"))
        .withMessageContaining("must be a positive whole number");
    assertThatIllegalArgumentException().isThrownBy(() -> target(MilestoneMetric.EXCHANGE_EVENTS, 2026, "0"));
  }

  @Test
  void theDeadlineIsTheThirtyFirstOfDecember() {
    assertThat(target(MilestoneMetric.TYPICAL_CASES, 2026, "10").deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThatIllegalArgumentException().isThrownBy(() -> target(MilestoneMetric.TYPICAL_CASES, 1999, "10"));
  }

  @Test
  void aCumulativeTargetMustNotFall() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestPolicy.definition(MilestoneMetric.ESTABLISHMENT_SHARE, "0.5", "0.8", "0.7"))
        .withMessageContaining("a cumulative target must not fall");
    assertThatIllegalArgumentException().isThrownBy(() -> new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES,
        ClauseRef.of("二"), "案例", List.of(target(MilestoneMetric.TYPICAL_CASES, 2026, "25"),
            target(MilestoneMetric.TYPICAL_CASES, 2027, "10"))))
        .withMessageContaining("a cumulative target must not fall");
  }

  @Test
  void aPerYearCountMayFall() {
    MilestoneDefinition events = TestPolicy.definition(MilestoneMetric.EXCHANGE_EVENTS, "3", "2", "1");
    assertThat(events.targets()).extracting(t -> t.value().intValue()).containsExactly(3, 2, 1);
  }

  @Test
  void targetYearsAscendWithoutRepeatsAndMatchTheMetric() {
    assertThatIllegalArgumentException().isThrownBy(() -> new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES,
        ClauseRef.of("二"), "案例", List.of(target(MilestoneMetric.TYPICAL_CASES, 2027, "10"),
            target(MilestoneMetric.TYPICAL_CASES, 2026, "25"))))
        .withMessageContaining("target years must ascend");
    assertThatIllegalArgumentException().isThrownBy(() -> new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES,
        ClauseRef.of("二"), "案例", List.of(target(MilestoneMetric.EXCHANGE_EVENTS, 2026, "1"))))
        .withMessageContaining("is for EXCHANGE_EVENTS");
    assertThatIllegalArgumentException().isThrownBy(() -> new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES,
        ClauseRef.of("二"), "案例", List.of()))
        .withMessageContaining("has no target");
  }

  @Test
  void previousGivesTheCheckpointBefore() {
    MilestoneDefinition share = TestPolicy.definition(MilestoneMetric.ESTABLISHMENT_SHARE, "0.5", "0.8", "1.0");
    MilestoneTarget t2026 = share.targetFor(2026).orElseThrow();
    assertThat(share.previous(t2026)).map(MilestoneTarget::year).contains(2025);
    assertThat(share.previous(share.targetFor(2025).orElseThrow())).isEmpty();
    assertThat(share.targetFor(2028)).isEmpty();
  }
}
