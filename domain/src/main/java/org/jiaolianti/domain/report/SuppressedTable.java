package org.jiaolianti.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One breakdown (the same keys) for several parts — the schools — and for groups of them — the district, each zone —
 * with small counts suppressed as in {@link SuppressedCounts}, and also across the parts: a group's cell is the sum of
 * its parts' cells, so when exactly one part's cell is withheld and the group's is shown, the difference would give it
 * away (the district's 15 crisis files less school B's 12). Every such sum — a breakdown's cells and its total, a
 * group's cell and its parts' — is a constraint; while some constraint has exactly one withheld figure, the smallest
 * other non-zero figure in it is withheld too (secondary suppression), until no figure can be worked out by
 * subtraction within one table.
 *
 * <p>Why not per breakdown only: the report shows every school and the district side by side, and the bureau would
 * only need a calculator.
 *
 * <p>中文：小数值抑制（跨学校、片区、全区的补充抑制，防止相减反推）。依据：本地设置（非原文，个人信息保护）
 */
public final class SuppressedTable {

  private final Map<String, List<SuppressedCounts>> parts;
  private final Map<String, List<SuppressedCounts>> groups;

  private SuppressedTable(Map<String, List<SuppressedCounts>> parts, Map<String, List<SuppressedCounts>> groups) {
    this.parts = parts;
    this.groups = groups;
  }

  /**
   * The table of {@code counts} (part → key → count; a key missing is 0) over {@code keys} (in this order; a key of
   * a part not among them is refused), with {@code groups} (group → its parts; a group may share parts with another)
   * added up from the parts, suppressed below {@code threshold}.
   */
  public static SuppressedTable of(List<String> keys, Map<String, Map<String, Long>> counts,
      Map<String, ? extends Set<String>> groups, int threshold) {
    return ofFacets(List.of(keys), counts, groups, threshold);
  }

  /**
   * As {@link #of(List, Map, Map, int)} for several breakdowns of the same things sharing one total (referrals by
   * status and by urgency): {@code facets} are their keys (distinct across facets), every part's counts of each facet
   * add up to the same total, and the total is withheld in all of them or none — else one breakdown would give the
   * other's withheld total away. Read a facet with {@link #part(String, int)} and {@link #group(String, int)}.
   */
  public static SuppressedTable ofFacets(List<List<String>> facets, Map<String, Map<String, Long>> counts,
      Map<String, ? extends Set<String>> groups, int threshold) {
    checkArgument(threshold >= 1, "threshold must be >= 1");
    checkArgument(!facets.isEmpty(), "at least one breakdown");
    List<String> columns = facets.stream().flatMap(List::stream).toList();
    checkArgument(columns.stream().distinct().count() == columns.size(), "keys are given twice: %s", columns);
    int width = columns.size() + 1; // the last column is the shared total
    List<long[]> rows = new ArrayList<>();
    Map<String, Integer> partRow = new LinkedHashMap<>();
    counts.forEach((part, byKey) -> {
      long[] row = new long[width];
      byKey.forEach((key, count) -> {
        int c = columns.indexOf(key);
        checkArgument(c >= 0, "part %s counts key %s, not one of %s", part, key, columns);
        checkArgument(count >= 0, "count of %s/%s is negative", part, key);
        row[c] = count;
      });
      long total = -1;
      int from = 0;
      for (List<String> facet : facets) {
        long sum = 0;
        for (int c = from; c < from + facet.size(); c++) {
          sum += row[c];
        }
        checkArgument(total < 0 || total == sum, "part %s: the breakdowns add up to different totals", part);
        total = sum;
        from += facet.size();
      }
      row[width - 1] = total;
      partRow.put(part, rows.size());
      rows.add(row);
    });
    List<List<int[]>> constraints = new ArrayList<>();
    Map<String, Integer> groupRow = new LinkedHashMap<>();
    groups.forEach((group, members) -> {
      long[] sum = new long[width];
      List<Integer> memberRows = members.stream().filter(partRow::containsKey).map(partRow::get).distinct().toList();
      memberRows.forEach(r -> {
        for (int c = 0; c < width; c++) {
          sum[c] += rows.get(r)[c];
        }
      });
      int g = rows.size();
      groupRow.put(group, g);
      rows.add(sum);
      for (int c = 0; c < width; c++) {
        List<int[]> column = new ArrayList<>();
        for (int r : memberRows) {
          column.add(new int[] {r, c});
        }
        column.add(new int[] {g, c});
        constraints.add(column);
      }
    });
    for (int r = 0; r < rows.size(); r++) {
      int from = 0;
      for (List<String> facet : facets) {
        List<int[]> row = new ArrayList<>();
        for (int c = from; c < from + facet.size(); c++) {
          row.add(new int[] {r, c});
        }
        row.add(new int[] {r, width - 1});
        constraints.add(row);
        from += facet.size();
      }
    }
    boolean[][] withheld = new boolean[rows.size()][width];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < width; c++) {
        withheld[r][c] = small(rows.get(r)[c], threshold);
      }
    }
    secondary(rows, withheld, constraints);
    Map<String, List<SuppressedCounts>> partCounts = new LinkedHashMap<>();
    partRow.forEach((p, r) -> partCounts.put(p, counts(facets, rows.get(r), withheld[r])));
    Map<String, List<SuppressedCounts>> groupCounts = new LinkedHashMap<>();
    groupRow.forEach((g, r) -> groupCounts.put(g, counts(facets, rows.get(r), withheld[r])));
    return new SuppressedTable(partCounts, groupCounts);
  }

  /** Until no constraint has exactly one withheld figure; ends because each pass withholds one more or stops. */
  private static void secondary(List<long[]> rows, boolean[][] withheld, List<List<int[]>> constraints) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<int[]> constraint : constraints) {
        if (constraint.stream().filter(f -> withheld[f[0]][f[1]]).count() != 1) {
          continue;
        }
        int[] next = null;
        for (int[] f : constraint) {
          long v = rows.get(f[0])[f[1]];
          if (!withheld[f[0]][f[1]] && v > 0 && (next == null || v < rows.get(next[0])[next[1]])) {
            next = f;
          }
        }
        if (next != null) {
          withheld[next[0]][next[1]] = true;
          changed = true;
        }
      }
    }
  }

  private static List<SuppressedCounts> counts(List<List<String>> facets, long[] row, boolean[] withheld) {
    int t = row.length - 1;
    OptionalLong total = withheld[t] ? OptionalLong.empty() : OptionalLong.of(row[t]);
    List<SuppressedCounts> out = new ArrayList<>();
    int c = 0;
    for (List<String> facet : facets) {
      List<SuppressedCounts.Cell> cells = new ArrayList<>();
      for (String key : facet) {
        cells.add(new SuppressedCounts.Cell(key, withheld[c] ? OptionalLong.empty() : OptionalLong.of(row[c])));
        c++;
      }
      out.add(new SuppressedCounts(cells, total));
    }
    return List.copyOf(out);
  }

  private static boolean small(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  /** The breakdown of {@code part} (every key, zeros included). */
  public SuppressedCounts part(String part) {
    return part(part, 0);
  }

  /** The breakdown {@code facet} (its index in the facets given) of {@code part}. */
  public SuppressedCounts part(String part, int facet) {
    return requireNonNull(parts.get(part), () -> "no part " + part).get(facet);
  }

  /** The breakdown of {@code group}, added up from its parts. */
  public SuppressedCounts group(String group) {
    return group(group, 0);
  }

  /** The breakdown {@code facet} of {@code group}. */
  public SuppressedCounts group(String group, int facet) {
    return requireNonNull(groups.get(group), () -> "no group " + group).get(facet);
  }
}
