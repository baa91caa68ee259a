package org.jiaolianti.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of validity periods over many generated ranges (MISSION §4 "Dates"). */
class DateRangePropertiesTest {

  private static final LocalDate ORIGIN = LocalDate.of(2025, 12, 1);

  @Property
  void overlapsIsSymmetric(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
  }

  @Property
  void aRangeOverlapsItselfAndContainsItsEnds(@ForAll("ranges") DateRange a) {
    assertThat(a.overlaps(a)).isTrue();
    assertThat(a.contains(a.validFrom())).isTrue();
    a.end().ifPresent(end -> assertThat(a.contains(end)).isTrue());
  }

  /** Overlapping means sharing at least one day; checked day by day over the generated window. */
  @Property
  void overlapsIffSomeDayLiesInBoth(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
    boolean shared = false;
    for (LocalDate d = ORIGIN.minusDays(1); !d.isAfter(ORIGIN.plusDays(70)) && !shared; d = d.plusDays(1)) {
      shared = a.contains(d) && b.contains(d);
    }
    assertThat(a.overlaps(b)).isEqualTo(shared);
  }

  @Property
  void endingOnNeverWidensARange(@ForAll("ranges") DateRange a, @ForAll("offsets") int days) {
    LocalDate lastDay = a.validFrom().plusDays(days);
    if (a.end().isPresent() && lastDay.isAfter(a.validTo())) {
      return;
    }
    DateRange ended = a.endingOn(lastDay);
    assertThat(ended.validFrom()).isEqualTo(a.validFrom());
    for (LocalDate d = a.validFrom(); !d.isAfter(lastDay.plusDays(2)); d = d.plusDays(1)) {
      if (ended.contains(d)) {
        assertThat(a.contains(d)).isTrue();
      }
    }
  }

  /** Ranges within a 60-day window (so an open end behaves like "after every generated date"). */
  @Provide
  Arbitrary<DateRange> ranges() {
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 30);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 30);
    Arbitrary<Boolean> open = Arbitraries.of(true, false);
    return Combinators.combine(start, length, open).as((s, l, o) -> {
      LocalDate from = ORIGIN.plusDays(s);
      return o ? DateRange.from(from) : DateRange.of(from, from.plusDays(l));
    });
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 40);
  }
}
