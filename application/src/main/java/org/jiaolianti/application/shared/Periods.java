package org.jiaolianti.application.shared;

import java.time.LocalDate;
import org.jiaolianti.domain.shared.DateRange;

/** Checks dates that commands give, with field errors a caller can act on (MISSION §4 "Dates"). */
public final class Periods {

  private Periods() {}

  /** {@code validFrom}..{@code validTo} (inclusive, open-ended when null); the end must not precede the start. */
  public static DateRange of(LocalDate validFrom, LocalDate validTo) {
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw InvalidInputException.of("validTo", "DateOrder", "结束日期不能早于开始日期", "validTo must not be before validFrom");
    }
    return DateRange.of(validFrom, validTo);
  }

  /** Ending a period on {@code lastDay} must keep it within the period: it cannot start before it or extend it. */
  public static void requireEndWithin(DateRange period, LocalDate lastDay) {
    if (lastDay.isBefore(period.validFrom()) || period.end().map(lastDay::isAfter).orElse(false)) {
      throw InvalidInputException.of("lastDay", "DateOrder", "结束日期须在有效期内：" + period,
          "lastDay must lie within the period " + period);
    }
  }

  /** Optional free text: blank means absent. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
