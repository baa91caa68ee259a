package org.jiaolianti.domain.milestone;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * One milestone target as of a date: target, actual, gap (target − actual; positive means short),
 * status, the date the actual was measured on (the as-of date, or the deadline once it has passed),
 * the straight-line expectation before the deadline, and — for a closed year — the comparison of
 * the frozen figures with what the data say now.
 */
public record MilestoneLine(
    MilestoneMetric metric,
    int year,
    ClauseRef clause,
    LocalDate deadline,
    BigDecimal target,
    Figure actual,
    BigDecimal gap,
    MilestoneStatus status,
    LocalDate measuredOn,
    BigDecimal expected,
    Closed closed) {

  /** The closing the actual comes from, and how today's data differ from it. */
  public record Closed(Instant closedAt, String closedBy, Figure recomputed, BigDecimal difference,
      List<String> addedRecords, List<String> removedRecords) {
    public Closed {
      addedRecords = ImmutableList.copyOf(addedRecords);
      removedRecords = ImmutableList.copyOf(removedRecords);
    }

    public boolean hasDifferences() {
      return difference.signum() != 0 || !addedRecords.isEmpty() || !removedRecords.isEmpty();
    }
  }

  public MilestoneLine {
    requireNonNull(metric, "metric");
    requireNonNull(target, "target");
    requireNonNull(actual, "actual");
    requireNonNull(status, "status");
  }

  public Optional<BigDecimal> optionalExpected() {
    return Optional.ofNullable(expected);
  }

  public Optional<Closed> optionalClosed() {
    return Optional.ofNullable(closed);
  }
}
