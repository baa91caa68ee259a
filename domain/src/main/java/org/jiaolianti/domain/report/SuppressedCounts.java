package org.jiaolianti.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One breakdown of an aggregate (files per level of one school, referrals per status, …) with small counts
 * suppressed so that no figure points at a handful of identifiable students: a count above 0 and below the seed's
 * threshold ({@code mentalHealth.smallCountThreshold}, default 5) is withheld (primary suppression). When exactly
 * one cell of a breakdown is withheld and its total is shown, it could be worked out by subtraction, so the
 * smallest other non-zero cell is withheld as well (secondary suppression); the total itself is withheld when it is
 * small. Zero is shown: "none" points at nobody.
 *
 * <p>Why here and not in the query: the rule is about what a report may say, whatever the storage.
 *
 * <p>中文：小数值抑制（少于阈值的计数不显示，并做补充抑制，防止相减反推）。依据：本地设置（非原文，个人信息保护）
 *
 * @param cells in the breakdown's order
 * @param total the sum of all cells, empty when suppressed
 */
public record SuppressedCounts(List<Cell> cells, OptionalLong total) {

  /** One figure: its key (a level code, a status, …) and its count, empty when withheld. 中文：单元格。 */
  public record Cell(String key, OptionalLong count) {
    public Cell {
      requireNonNull(key, "key");
      requireNonNull(count, "count");
    }

    public boolean suppressed() {
      return count.isEmpty();
    }
  }

  public SuppressedCounts {
    cells = List.copyOf(cells);
    requireNonNull(total, "total");
  }

  /**
   * The breakdown of {@code counts} (in their iteration order) with primary and secondary suppression below
   * {@code threshold}.
   */
  public static SuppressedCounts of(Map<String, Long> counts, int threshold) {
    checkArgument(threshold >= 1, "threshold must be >= 1");
    Map<String, Long> ordered = new LinkedHashMap<>(counts);
    List<String> withheld = new ArrayList<>();
    long sum = 0;
    for (Map.Entry<String, Long> e : ordered.entrySet()) {
      long c = requireNonNull(e.getValue(), e.getKey());
      checkArgument(c >= 0, "count of %s is negative", e.getKey());
      sum += c;
      if (small(c, threshold)) {
        withheld.add(e.getKey());
      }
    }
    boolean totalShown = !small(sum, threshold);
    if (withheld.size() == 1 && totalShown) {
      // Secondary suppression: with one withheld cell and the total shown, subtraction would give it away.
      Optional<String> next = ordered.entrySet().stream()
          .filter(e -> e.getValue() > 0 && !withheld.contains(e.getKey()))
          .min(Comparator.comparingLong(Map.Entry<String, Long>::getValue))
          .map(Map.Entry::getKey);
      next.ifPresent(withheld::add);
    }
    List<Cell> cells = new ArrayList<>();
    ordered.forEach((k, v) -> cells.add(new Cell(k, withheld.contains(k) ? OptionalLong.empty() : OptionalLong.of(v))));
    return new SuppressedCounts(cells, totalShown ? OptionalLong.of(sum) : OptionalLong.empty());
  }

  /** One figure on its own (no breakdown to protect by subtraction). */
  public static OptionalLong single(long count, int threshold) {
    checkArgument(count >= 0, "count is negative");
    return small(count, threshold) ? OptionalLong.empty() : OptionalLong.of(count);
  }

  public Optional<Cell> cell(String key) {
    return cells.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  private static boolean small(long count, int threshold) {
    return count > 0 && count < threshold;
  }
}
