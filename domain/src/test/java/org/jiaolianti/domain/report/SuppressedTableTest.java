package org.jiaolianti.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Suppression across schools and their district: no withheld figure comes back by subtraction. */
class SuppressedTableTest {

  private static final List<String> LEVELS = List.of("ROUTINE", "ATTENTION", "KEY_ATTENTION", "CRISIS");

  @Test
  void threeCrisisFilesAtOneSchool_areWithheldThere_andAtTheSchoolThatWouldGiveThemAway() {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("A", Map.of("CRISIS", 3L, "ROUTINE", 6L));
    counts.put("B", Map.of("CRISIS", 12L, "ROUTINE", 7L, "ATTENTION", 9L));

    SuppressedTable t = SuppressedTable.of(LEVELS, counts, Map.of("DISTRICT", Set.of("A", "B")), 5);

    SuppressedCounts a = t.part("A");
    assertThat(a.cell("CRISIS").orElseThrow().suppressed()).as("primary").isTrue();
    assertThat(a.cell("ROUTINE").orElseThrow().suppressed()).as("secondary in the school's own breakdown").isTrue();
    assertThat(a.cell("ATTENTION").orElseThrow().count()).hasValue(0);
    assertThat(a.total()).hasValue(9);
    SuppressedCounts b = t.part("B");
    assertThat(b.cell("CRISIS").orElseThrow().suppressed()).as("else 15 − 12 = 3").isTrue();
    assertThat(b.cell("ROUTINE").orElseThrow().suppressed()).as("else B's total gives its crisis count").isTrue();
    assertThat(b.cell("ATTENTION").orElseThrow().count()).hasValue(9);
    SuppressedCounts district = t.group("DISTRICT");
    assertThat(district.cells()).extracting(SuppressedCounts.Cell::count).containsExactly(OptionalLong.of(13),
        OptionalLong.of(9), OptionalLong.of(0), OptionalLong.of(15));
    assertThat(district.total()).hasValue(37);
  }

  @Test
  void aSmallDistrictTotal_isWithheldWithEveryCell() {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("A", Map.of("CRISIS", 1L));
    counts.put("B", Map.of("CRISIS", 2L));
    SuppressedTable t = SuppressedTable.of(LEVELS, counts, Map.of("DISTRICT", Set.of("A", "B")), 5);
    assertThat(t.group("DISTRICT").total()).isEmpty();
    assertThat(t.group("DISTRICT").cell("CRISIS").orElseThrow().suppressed()).isTrue();
    assertThat(t.part("A").cell("ROUTINE").orElseThrow().count()).hasValue(0);
  }

  @Test
  void breakdownsSharingATotal_withholdItInBoth_soNeitherGivesTheOtherAway() {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("A", Map.of("OPEN", 2L, "URGENT", 2L));
    counts.put("B", Map.of("OPEN", 5L, "ACCEPTED", 6L, "CRISIS", 11L));
    List<List<String>> facets = List.of(List.of("OPEN", "ACCEPTED"), List.of("CRISIS", "URGENT"));

    SuppressedTable t = SuppressedTable.ofFacets(facets, counts, Map.of("D", Set.of("A", "B")), 5);

    assertThat(t.part("B", 0).total()).as("else the district's 13 − 11 = 2 gives A's").isEmpty();
    assertThat(t.part("B", 1).total()).as("the same total, withheld in both").isEmpty();
    assertThat(t.part("B", 1).cell("CRISIS").orElseThrow().suppressed()).as("else it is B's total").isTrue();
    assertThat(t.part("B", 0).cell("ACCEPTED").orElseThrow().count()).hasValue(6);
    assertThat(t.group("D", 0).cells()).extracting(SuppressedCounts.Cell::count)
        .containsExactly(OptionalLong.of(7), OptionalLong.of(6));
    assertThat(t.group("D", 0).total()).hasValue(13);
    assertThat(t.group("D", 1).cell("CRISIS").orElseThrow().suppressed()).as("else 13 − 11 = 2 urgent").isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.ofFacets(facets,
        Map.of("A", Map.of("OPEN", 6L, "CRISIS", 7L)), Map.of(), 5));
  }

  @Test
  void keysOutsideTheBreakdownAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(LEVELS,
        Map.of("A", Map.of("PURPLE", 7L)), Map.of(), 5));
    assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(LEVELS, Map.of(), Map.of(), 0));
  }

  /** Any schools, any counts, a district and an overlapping zone: shown figures are true, and none is recoverable. */
  @Property(tries = 300)
  void noFigureCanBeWorkedOutBySubtraction(
      @ForAll @Size(min = 1, max = 6) List<@Size(4) List<@IntRange(min = 0, max = 14) Integer>> schools,
      @ForAll @IntRange(min = 1, max = 6) int threshold) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (int s = 0; s < schools.size(); s++) {
      Map<String, Long> row = new LinkedHashMap<>();
      for (int k = 0; k < LEVELS.size(); k++) {
        row.put(LEVELS.get(k), (long) schools.get(s).get(k));
      }
      counts.put("S" + s, row);
    }
    Set<String> zone = new LinkedHashSet<>(List.copyOf(counts.keySet()).subList(0, (schools.size() + 1) / 2));
    Map<String, Set<String>> groups = Map.of("DISTRICT", counts.keySet(), "ZONE", zone);

    SuppressedTable t = SuppressedTable.of(LEVELS, counts, groups, threshold);

    List<SuppressedCounts> all = new ArrayList<>();
    counts.keySet().forEach(p -> all.add(t.part(p)));
    all.add(t.group("DISTRICT"));
    all.add(t.group("ZONE"));
    for (SuppressedCounts row : all) {
      long withheld = row.cells().stream().filter(SuppressedCounts.Cell::suppressed).count()
          + (row.total().isEmpty() ? 1 : 0);
      assertThat(withheld).as("a breakdown with exactly one withheld figure: %s", row).isNotEqualTo(1);
      row.cells().forEach(c -> c.count().ifPresent(v -> assertThat(v == 0 || v >= threshold).isTrue()));
    }
    for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
      for (String key : LEVELS) {
        long withheld = g.getValue().stream().filter(p -> t.part(p).cell(key).orElseThrow().suppressed()).count()
            + (t.group(g.getKey()).cell(key).orElseThrow().suppressed() ? 1 : 0);
        assertThat(withheld).as("%s %s: exactly one withheld among the group and its parts", g.getKey(), key)
            .isNotEqualTo(1);
      }
      long totals = g.getValue().stream().filter(p -> t.part(p).total().isEmpty()).count()
          + (t.group(g.getKey()).total().isEmpty() ? 1 : 0);
      assertThat(totals).as("%s totals", g.getKey()).isNotEqualTo(1);
    }
    for (String p : counts.keySet()) {
      for (String key : LEVELS) {
        t.part(p).cell(key).orElseThrow().count().ifPresent(v -> assertThat(v).isEqualTo(counts.get(p).get(key)));
      }
    }
  }
}
