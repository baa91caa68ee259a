package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.math.BigDecimal;
import java.util.List;
import org.jiaolianti.application.milestone.port.out.YearClosings;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.milestone.ClosedFigure;
import org.jiaolianti.domain.milestone.Figure;
import org.jiaolianti.domain.milestone.YearClosing;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link YearClosings}: closed years with their frozen figures and the ids of the
 * records behind them, append-only, one per year and district, listed by year.
 *
 * <p>Decimals are compared by value: a storage may return {@code 0.500000} for {@code 0.5}.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #yearClosings()}
 * to return a fresh, empty port. The application test-jar ships it.
 */
public abstract class YearClosingsContract extends PortContract<YearClosings> {

  /** A fresh port that holds no closing. */
  protected abstract YearClosings yearClosings();

  @Override
  final YearClosings newPort() {
    return yearClosings();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  private YearClosing closing(DistrictCode district, int year, String closedBy) {
    List<String> established = List.of(world.schoolB.id().value(), world.schoolA.id().value());
    return new YearClosing(district, year, NOW, closedBy, List.of(
        new ClosedFigure(MilestoneMetric.ESTABLISHMENT_SHARE, year, new BigDecimal("0.5"), Figure.share(2, 3, established)),
        new ClosedFigure(MilestoneMetric.EXCHANGE_EVENTS, year, BigDecimal.ONE, Figure.count(List.of("event-1"))),
        new ClosedFigure(MilestoneMetric.TYPICAL_CASES, year, BigDecimal.TEN, Figure.count(List.of()))));
  }

  @Test
  void aClosingReadsBackWithItsFiguresAndRecordIds() {
    YearClosing closing = closing(XIANGAN, 2025, "区教育局" + RARE + "考核组");
    port().add(closing);

    YearClosing read = port().all(XIANGAN).get(0);
    assertSameRecord(read, closing);
    assertThat(read.closedAt()).isEqualTo(NOW);
    assertThat(read.closedBy()).isEqualTo("区教育局" + RARE + "考核组");
    Figure share = read.figure(MilestoneMetric.ESTABLISHMENT_SHARE).orElseThrow().figure();
    assertThat(share.value()).isEqualByComparingTo("0.666667");
    assertThat(share.count()).isEqualTo(2);
    assertThat(share.base()).isEqualTo(3L);
    assertThat(share.records()).containsExactly(world.schoolB.id().value(), world.schoolA.id().value());
    Figure events = read.figure(MilestoneMetric.EXCHANGE_EVENTS).orElseThrow().figure();
    assertThat(events.base()).isNull();
    assertThat(events.records()).containsExactly("event-1");
    assertThat(read.figure(MilestoneMetric.TYPICAL_CASES).orElseThrow().figure().records()).isEmpty();
  }

  @Test
  void allListsTheDistrictsClosingsByYear() {
    port().add(closing(XIANGAN, 2026, "考核组"));
    port().add(closing(XIANGAN, 2025, "考核组"));

    assertThat(port().all(XIANGAN)).extracting(YearClosing::year).containsExactly(2025, 2026);
  }

  @Test
  void aYearAlreadyClosedIsADuplicate() {
    port().add(closing(XIANGAN, 2025, "第一次关账"));

    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(closing(XIANGAN, 2025, "第二次关账")));
    assertThat(port().all(XIANGAN)).singleElement()
        .satisfies(c -> assertThat(c.closedBy()).isEqualTo("第一次关账"));
  }

  @Test
  void eachDistrictClosesItsOwnYears() {
    port().add(closing(XIANGAN, 2025, "翔安考核组"));
    port().add(closing(HULI, 2025, "湖里考核组"));

    assertThat(port().all(XIANGAN)).singleElement().satisfies(c -> assertThat(c.closedBy()).isEqualTo("翔安考核组"));
    assertThat(port().all(HULI)).singleElement().satisfies(c -> assertThat(c.closedBy()).isEqualTo("湖里考核组"));
  }
}
