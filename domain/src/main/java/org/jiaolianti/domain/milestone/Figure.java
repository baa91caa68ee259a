package org.jiaolianti.domain.milestone;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A measured figure and the records behind it: for a share, {@code count} established schools out
 * of {@code base} counted schools (the records are the established schools' ids); for a count, the
 * ids of the cases or events counted.
 */
public record Figure(BigDecimal value, long count, Long base, List<String> records) {

  public Figure {
    requireNonNull(value, "value");
    checkArgument(count >= 0, "count must not be negative");
    checkArgument(base == null || (base >= count), "base %s is below count %s", base, count);
    records = ImmutableList.copyOf(records);
  }

  public static Figure share(long count, long base, List<String> records) {
    BigDecimal value = base == 0 ? BigDecimal.ZERO.setScale(6)
        : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(base), 6, RoundingMode.HALF_EVEN);
    return new Figure(value, count, base, records);
  }

  public static Figure count(List<String> records) {
    return new Figure(BigDecimal.valueOf(records.size()), records.size(), null, records);
  }

  public Optional<Long> optionalBase() {
    return Optional.ofNullable(base);
  }

  /** Exact comparison (count ≥ target × base for a share), so rounding never decides a status. */
  public boolean reaches(BigDecimal target) {
    if (base == null) {
      return BigDecimal.valueOf(count).compareTo(target) >= 0;
    }
    return base > 0 && BigDecimal.valueOf(count).compareTo(target.multiply(BigDecimal.valueOf(base))) >= 0;
  }
}
