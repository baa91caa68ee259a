package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;

/**
 * A target of a milestone for a year; its deadline is 31 December of that year in the district's
 * time zone.
 *
 * <p>中文：年度目标值。依据：二
 */
public record MilestoneTarget(MilestoneMetric metric, int year, BigDecimal value) {

  public MilestoneTarget {
    requireNonNull(metric, "metric");
    requireNonNull(value, "value");
    checkArgument(year >= 2000 && year <= 2100, "target year %s is out of range", year);
    if (metric.isCount()) {
      checkArgument(value.signum() > 0 && value.stripTrailingZeros().scale() <= 0,
          "%s target for %s must be a positive whole number, was %s", metric, year, value);
    } else {
      checkArgument(value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0,
          "%s target for %s must be a share in (0, 1], was %s", metric, year, value);
    }
  }

  public LocalDate deadline() {
    return LocalDate.of(year, Month.DECEMBER, 31);
  }
}
