package org.jiaolianti.domain.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.policy.MilestoneMetric.ESTABLISHMENT_SHARE;
import static org.jiaolianti.domain.policy.MilestoneMetric.EXCHANGE_EVENTS;
import static org.jiaolianti.domain.testing.Alliances.voiding;
import static org.jiaolianti.domain.testing.Districts.event;
import static org.jiaolianti.domain.testing.Districts.facts;
import static org.jiaolianti.domain.testing.Districts.line;
import static org.jiaolianti.domain.testing.Districts.schools;
import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;
import static org.jiaolianti.domain.testing.TestPolicy.ISSUE_DATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.testing.Alliances;
import org.jiaolianti.domain.testing.Alliances.Setup;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/**
 * Closing a year (年度考核, 六(四)): the figures and the records behind them are stored and no longer
 * move; later changes to that year's data show as differences, never applied silently (MISSION §5).
 */
class YearClosingTest {

  private static final Instant CLOSED_AT = Instant.parse("2026-01-05T02:00:00Z");
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

  private final Policy policy = TestPolicy.policy();
  private final MilestoneCalculator calculator = new MilestoneCalculator(policy);

  private boolean policyHasTargetIn(int year) {
    return policy.milestones().stream().anyMatch(d -> d.targetFor(year).isPresent());
  }

  private YearClosing close2025(List<Setup> district) {
    MilestoneFacts facts = facts(district, List.of(), List.of(event("e1", LocalDate.of(2025, 12, 10))));
    return new YearClosing(DISTRICT, 2025, CLOSED_AT, "district-admin", calculator.figuresToClose(facts, 2025));
  }

  private static void assertRejected(Decision decision, String rule) {
    assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.rule()).isEqualTo(rule));
  }

  @Test
  void aYearCanBeClosedOnlyAfterItsThirtyFirstOfDecember() {
    assertRejected(YearClosing.canClose(2025, LocalDate.of(2025, 12, 31), policyHasTargetIn(2025), List.of()),
        "CLOSE_AFTER_YEAR_END");
    assertRejected(YearClosing.canClose(2025, LocalDate.of(2025, 6, 1), policyHasTargetIn(2025), List.of()),
        "CLOSE_AFTER_YEAR_END");
    assertThat(YearClosing.canClose(2025, LocalDate.of(2026, 1, 1), policyHasTargetIn(2025), List.of()).isAllowed()).isTrue();
  }

  @Test
  void aYearIsClosedOnce() {
    YearClosing closing = close2025(schools(4, 6));
    Decision again = YearClosing.canClose(2025, LocalDate.of(2026, 1, 6), true, List.of(closing));
    assertRejected(again, "CLOSE_ONCE");
    assertThat(((Decision.Rejected) again).clause().value()).isEqualTo("六(四)");
    assertThat(YearClosing.canClose(2026, LocalDate.of(2027, 1, 6), true, List.of(closing)).isAllowed()).isTrue();
  }

  @Test
  void aYearWithoutTargetsCannotBeClosed() {
    assertThat(policyHasTargetIn(2024)).isFalse();
    assertRejected(YearClosing.canClose(2024, LocalDate.of(2026, 1, 6), policyHasTargetIn(2024), List.of()),
        "YEAR_HAS_TARGETS");
  }

  @Test
  void theClosingFreezesEachTargetOfTheYearAtItsDeadline() {
    List<Setup> district = schools(4, 6);
    // An agreement from 2026 does not belong in the 2025 figures even if the year is closed later.
    district.get(4).agreementWith(Alliances.venue("kejiguan"), DateRange.from(LocalDate.of(2026, 1, 2)),
        Collaboration.VENUE_SCHOOL);
    YearClosing closing = close2025(district);

    assertThat(closing.figures()).extracting(ClosedFigure::metric).containsExactlyInAnyOrder(ESTABLISHMENT_SHARE,
        EXCHANGE_EVENTS);
    ClosedFigure share = closing.figure(ESTABLISHMENT_SHARE).orElseThrow();
    assertThat(share.target()).isEqualByComparingTo("0.5");
    assertThat(share.figure().value()).isEqualByComparingTo("0.4");
    assertThat(share.figure().base()).isEqualTo(10L);
    assertThat(share.figure().records()).containsExactly("s01", "s02", "s03", "s04");
    assertThat(closing.figure(EXCHANGE_EVENTS).orElseThrow().figure().records()).containsExactly("e1");
    assertThat(closing.figure(org.jiaolianti.domain.policy.MilestoneMetric.TYPICAL_CASES)).isEmpty();
  }

  @Test
  void aBackDatedAgreementShowsAsADifferenceAndTheClosedFigureStands() {
    List<Setup> district = schools(4, 6);
    YearClosing closing = close2025(district);

    // Recorded after the closing, valid from the issue date: s05 was established on 2025-12-31 after all.
    district.get(4).agreementWith(Alliances.venue("kejiguan"), DateRange.from(ISSUE_DATE), Collaboration.VENUE_SCHOOL);
    MilestoneFacts now = facts(district, List.of(), List.of(event("e1", LocalDate.of(2025, 12, 10))));

    MilestoneLine share2025 = line(calculator.report(now, AS_OF, List.of(closing)), ESTABLISHMENT_SHARE, 2025);
    assertThat(share2025.actual().value()).isEqualByComparingTo("0.4");
    assertThat(share2025.actual().records()).containsExactly("s01", "s02", "s03", "s04");
    assertThat(share2025.status()).isEqualTo(MilestoneStatus.MISSED);
    assertThat(share2025.optionalClosed()).hasValueSatisfying(closed -> {
      assertThat(closed.closedAt()).isEqualTo(CLOSED_AT);
      assertThat(closed.closedBy()).isEqualTo("district-admin");
      assertThat(closed.recomputed().value()).isEqualByComparingTo("0.5");
      assertThat(closed.difference()).isEqualByComparingTo("0.1");
      assertThat(closed.addedRecords()).containsExactly("s05");
      assertThat(closed.removedRecords()).isEmpty();
      assertThat(closed.hasDifferences()).isTrue();
    });

    MilestoneLine unclosed = line(calculator.report(now, AS_OF, List.of()), ESTABLISHMENT_SHARE, 2025);
    assertThat(unclosed.actual().value()).isEqualByComparingTo("0.5");
    assertThat(unclosed.status()).isEqualTo(MilestoneStatus.MET);
    assertThat(unclosed.optionalClosed()).isEmpty();
  }

  @Test
  void aVoidAfterClosingShowsAsARemovedRecordAndTheClosedStatusStands() {
    List<Setup> district = schools(5, 5);
    YearClosing closing = close2025(district);
    assertThat(closing.figure(ESTABLISHMENT_SHARE).orElseThrow().figure().value()).isEqualByComparingTo("0.5");

    district.get(0).changeAgreementsWith(PartnerId.of("s01-community"), a -> a.voided(voiding("never signed")));
    MilestoneFacts now = facts(district, List.of(),
        List.of(event("e1", LocalDate.of(2025, 12, 10)).voided(voiding("did not take place"))));

    MilestoneLine share2025 = line(calculator.report(now, AS_OF, List.of(closing)), ESTABLISHMENT_SHARE, 2025);
    assertThat(share2025.actual().value()).isEqualByComparingTo("0.5");
    assertThat(share2025.status()).isEqualTo(MilestoneStatus.MET);
    MilestoneLine.Closed closed = share2025.optionalClosed().orElseThrow();
    assertThat(closed.recomputed().value()).isEqualByComparingTo("0.4");
    assertThat(closed.difference()).isEqualByComparingTo("-0.1");
    assertThat(closed.removedRecords()).containsExactly("s01");
    assertThat(closed.addedRecords()).isEmpty();

    // Voiding the year's only exchange event shows the same way: the closed figure stands, the record is listed as removed.
    MilestoneLine events2025 = line(calculator.report(now, AS_OF, List.of(closing)), EXCHANGE_EVENTS, 2025);
    assertThat(events2025.actual().records()).containsExactly("e1");
    assertThat(events2025.status()).isEqualTo(MilestoneStatus.MET);
    assertThat(events2025.optionalClosed().orElseThrow().removedRecords()).containsExactly("e1");
    assertThat(events2025.optionalClosed().orElseThrow().difference()).isEqualByComparingTo("-1");
  }

  @Test
  void unchangedDataShowNoDifference() {
    List<Setup> district = schools(4, 6);
    YearClosing closing = close2025(district);
    MilestoneFacts same = facts(district, List.of(), List.of(event("e1", LocalDate.of(2025, 12, 10))));
    List<MilestoneLine> report = calculator.report(same, AS_OF, List.of(closing));
    assertThat(line(report, ESTABLISHMENT_SHARE, 2025).optionalClosed())
        .hasValueSatisfying(c -> assertThat(c.hasDifferences()).isFalse());
    assertThat(line(report, ESTABLISHMENT_SHARE, 2026).optionalClosed()).isEmpty();
  }

  @Test
  void aClosingHoldsOnlyFiguresOfItsYear() {
    ClosedFigure of2026 = new ClosedFigure(EXCHANGE_EVENTS, 2026, java.math.BigDecimal.ONE, Figure.count(List.of("e2")));
    assertThatIllegalArgumentException().isThrownBy(() -> new YearClosing(DISTRICT, 2025, CLOSED_AT, "district-admin",
        List.of(of2026))).withMessageContaining("figure for 2026 in the closing of 2025");
    assertThatIllegalArgumentException().isThrownBy(() -> new YearClosing(DISTRICT, 2025, CLOSED_AT, " ", List.of()));
  }
}
