package org.jiaolianti.domain.messaging;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.WorkingCalendar;

/**
 * The due date of a guardian's feedback: {@code n} days after the day it was submitted (that day does
 * not count). Calendar days by default; working days when the seed provides the calendar of the year of
 * submission ({@link WorkingCalendar}: weekday holidays skipped, swapped working Saturdays/Sundays
 * counted). A count that runs into a following year without a calendar counts Monday–Friday there.
 *
 * <p>中文：答复期限（默认自然日；种子提供当年节假日安排时按工作日计算）。依据：三(三)3（期限为本地设置）
 */
public final class ResponseDeadline {

  private ResponseDeadline() {}

  public static LocalDate due(LocalDate submittedOn, LocalSettings settings) {
    requireNonNull(submittedOn, "submittedOn");
    int days = settings.feedback().responseDays();
    if (settings.workingCalendar(submittedOn.getYear()).isEmpty()) {
      return submittedOn.plusDays(days);
    }
    return plusWorkingDays(submittedOn, days, settings);
  }

  /** Whether the due date of an item submitted on {@code submittedOn} counts working days. */
  public static boolean countsWorkingDays(LocalDate submittedOn, LocalSettings settings) {
    return settings.workingCalendar(submittedOn.getYear()).isPresent();
  }

  private static LocalDate plusWorkingDays(LocalDate from, int days, LocalSettings settings) {
    checkArgument(days >= 1, "days must be positive");
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      LocalDate d = day;
      boolean working = settings.workingCalendar(d.getYear()).map(c -> c.isWorkingDay(d))
          .orElse(d.getDayOfWeek().getValue() <= 5);
      if (working) {
        counted++;
      }
    }
    return day;
  }
}
