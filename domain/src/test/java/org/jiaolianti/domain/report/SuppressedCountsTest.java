package org.jiaolianti.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SuppressedCountsTest {

  private static Map<String, Long> counts(long... values) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put("K" + i, values[i]);
    }
    return m;
  }

  @Test
  void large_counts_and_zeros_are_shown() {
    SuppressedCounts s = SuppressedCounts.of(counts(12, 0, 7), 5);
    assertThat(s.cells()).extracting(SuppressedCounts.Cell::count)
        .containsExactly(OptionalLong.of(12), OptionalLong.of(0), OptionalLong.of(7));
    assertThat(s.total()).hasValue(19);
  }

  @Test
  void a_count_below_the_threshold_is_withheld_and_so_is_the_smallest_other_so_subtraction_cannot_find_it() {
    SuppressedCounts s = SuppressedCounts.of(counts(40, 3, 9, 0), 5);
    assertThat(s.cell("K1").orElseThrow().suppressed()).isTrue();
    assertThat(s.cell("K2").orElseThrow().suppressed()).as("secondary suppression").isTrue();
    assertThat(s.cell("K0").orElseThrow().count()).hasValue(40);
    assertThat(s.cell("K3").orElseThrow().count()).hasValue(0);
    assertThat(s.total()).hasValue(52);
  }

  @Test
  void exactly_the_threshold_is_shown() {
    SuppressedCounts s = SuppressedCounts.of(counts(5, 20), 5);
    assertThat(s.cells()).noneMatch(SuppressedCounts.Cell::suppressed);
  }

  @Test
  void two_small_cells_protect_each_other_without_a_third() {
    SuppressedCounts s = SuppressedCounts.of(counts(30, 2, 4), 5);
    assertThat(s.cells()).extracting(SuppressedCounts.Cell::suppressed).containsExactly(false, true, true);
  }

  @Test
  void a_small_total_is_withheld_too() {
    SuppressedCounts s = SuppressedCounts.of(counts(1, 2, 0), 5);
    assertThat(s.total()).isEmpty();
    assertThat(s.cells()).extracting(SuppressedCounts.Cell::suppressed).containsExactly(true, true, false);
  }

  @Test
  void a_single_figure() {
    assertThat(SuppressedCounts.single(4, 5)).isEmpty();
    assertThat(SuppressedCounts.single(0, 5)).hasValue(0);
    assertThat(SuppressedCounts.single(5, 5)).hasValue(5);
  }

  @Test
  void negative_counts_are_refused() {
    assertThatThrownBy(() -> SuppressedCounts.of(counts(-1), 5)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Whatever the figures, no shown cell is small, and a single withheld cell never stands beside a shown total. */
  @Property
  void no_small_count_can_be_read_or_derived(@ForAll @Size(min = 1, max = 8) java.util.List<@IntRange(min = 0,
      max = 30) Integer> values, @ForAll @IntRange(min = 1, max = 10) int threshold) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      m.put("K" + i, (long) values.get(i));
    }
    SuppressedCounts s = SuppressedCounts.of(m, threshold);
    for (SuppressedCounts.Cell c : s.cells()) {
      c.count().ifPresent(v -> assertThat(v == 0 || v >= threshold).isTrue());
    }
    long withheldNonZero = s.cells().stream().filter(SuppressedCounts.Cell::suppressed).count();
    long smallCells = m.values().stream().filter(v -> v > 0 && v < threshold).count();
    if (s.total().isPresent() && smallCells > 0) {
      assertThat(withheldNonZero).as("withheld cells beside a shown total").isNotEqualTo(1);
    }
  }
}
