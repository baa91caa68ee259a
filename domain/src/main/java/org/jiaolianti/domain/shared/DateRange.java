package org.jiaolianti.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A validity period: valid from a date and, optionally, up to a date, both inclusive.
 *
 * <p>Status is always derived from these dates, never stored beside them (MISSION §4 "Dates").
 *
 * <p>中文：有效期（起止日期，含当日）。
 */
public record DateRange(LocalDate validFrom, LocalDate validTo) {

  public DateRange {
    requireNonNull(validFrom, "validFrom");
    checkArgument(validTo == null || !validTo.isBefore(validFrom),
        "validTo %s is before validFrom %s", validTo, validFrom);
  }

  public static DateRange from(LocalDate validFrom) {
    return new DateRange(validFrom, null);
  }

  public static DateRange of(LocalDate validFrom, LocalDate validTo) {
    return new DateRange(validFrom, validTo);
  }

  public Optional<LocalDate> end() {
    return Optional.ofNullable(validTo);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  public boolean overlaps(DateRange other) {
    boolean thisStartsAfterOtherEnds = other.validTo != null && validFrom.isAfter(other.validTo);
    boolean otherStartsAfterThisEnds = validTo != null && other.validFrom.isAfter(validTo);
    return !thisStartsAfterOtherEnds && !otherStartsAfterThisEnds;
  }

  /** This range ended on {@code lastDay} (inclusive); it must not end before it starts. */
  public DateRange endingOn(LocalDate lastDay) {
    checkArgument(validTo == null || !lastDay.isAfter(validTo),
        "cannot extend an ended period from %s to %s", validTo, lastDay);
    return new DateRange(validFrom, lastDay);
  }

  @Override
  public String toString() {
    return validFrom + ".." + (validTo == null ? "" : validTo);
  }
}
