package org.jiaolianti.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Validity periods: valid-from and optional valid-to, both inclusive (MISSION §4 "Dates"). */
class DateRangeTest {

  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

  @Test
  void containsBothEndsInclusive() {
    DateRange march = DateRange.of(MAR_1, MAR_31);
    assertThat(march.contains(MAR_1)).isTrue();
    assertThat(march.contains(MAR_31)).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 3, 15))).isTrue();
    assertThat(march.contains(MAR_1.minusDays(1))).isFalse();
    assertThat(march.contains(MAR_31.plusDays(1))).isFalse();
  }

  @Test
  void anOpenEndedRangeContainsEveryLaterDate() {
    DateRange open = DateRange.from(MAR_1);
    assertThat(open.end()).isEmpty();
    assertThat(open.contains(LocalDate.of(2099, 12, 31))).isTrue();
    assertThat(open.contains(MAR_1.minusDays(1))).isFalse();
  }

  @Test
  void aOneDayRangeContainsThatDayOnly() {
    DateRange day = DateRange.of(MAR_1, MAR_1);
    assertThat(day.contains(MAR_1)).isTrue();
    assertThat(day.contains(MAR_1.plusDays(1))).isFalse();
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(MAR_31, MAR_1))
        .withMessageContaining("before validFrom");
    assertThatNullPointerException().isThrownBy(() -> DateRange.from(null));
  }

  @Test
  void rangesSharingOneDayOverlap() {
    DateRange march = DateRange.of(MAR_1, MAR_31);
    DateRange fromMarch31 = DateRange.from(MAR_31);
    assertThat(march.overlaps(fromMarch31)).isTrue();
    assertThat(fromMarch31.overlaps(march)).isTrue();
  }

  @Test
  void adjacentRangesDoNotOverlap() {
    DateRange march = DateRange.of(MAR_1, MAR_31);
    DateRange fromApril = DateRange.from(MAR_31.plusDays(1));
    assertThat(march.overlaps(fromApril)).isFalse();
    assertThat(fromApril.overlaps(march)).isFalse();
  }

  @Test
  void twoOpenEndedRangesAlwaysOverlap() {
    assertThat(DateRange.from(MAR_1).overlaps(DateRange.from(LocalDate.of(2030, 1, 1)))).isTrue();
  }

  @Test
  void aRangeInsideAnotherOverlapsIt() {
    assertThat(DateRange.from(MAR_1).overlaps(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)))).isTrue();
  }

  @Test
  void endingOnSetsTheLastDayAndKeepsTheStart() {
    DateRange ended = DateRange.from(MAR_1).endingOn(MAR_31);
    assertThat(ended).isEqualTo(DateRange.of(MAR_1, MAR_31));
    assertThat(ended.end()).contains(MAR_31);
    assertThat(ended.contains(MAR_31)).isTrue();
    assertThat(ended.contains(MAR_31.plusDays(1))).isFalse();
  }

  @Test
  void endingOnMayShortenButNotExtend() {
    DateRange march = DateRange.of(MAR_1, MAR_31);
    assertThat(march.endingOn(LocalDate.of(2026, 3, 10))).isEqualTo(DateRange.of(MAR_1, LocalDate.of(2026, 3, 10)));
    assertThatIllegalArgumentException().isThrownBy(() -> march.endingOn(MAR_31.plusDays(1)))
        .withMessageContaining("cannot extend");
  }

  @Test
  void endingOnTheDayBeforeTheStartIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.from(MAR_1).endingOn(MAR_1.minusDays(1)));
  }

  @Test
  void leapDayIsAnOrdinaryDate() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertThat(DateRange.of(LocalDate.of(2028, 2, 1), leapDay).contains(leapDay)).isTrue();
    assertThat(DateRange.of(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 28)).contains(leapDay)).isFalse();
  }

  @Test
  void printsAsFromDotDotTo() {
    assertThat(DateRange.of(MAR_1, MAR_31)).hasToString("2026-03-01..2026-03-31");
    assertThat(DateRange.from(MAR_1)).hasToString("2026-03-01..");
  }
}
