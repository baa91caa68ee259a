package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;

/**
 * One year's official holiday calendar (as the State Council publishes it each year): the public holidays
 * that fall on weekdays, and the swapped working days (调休上班) that fall on a Saturday or Sunday. A day of
 * that year is a working day if it is Monday–Friday and not a holiday, or one of the swapped working days.
 * A local setting of the seed: the policy document names no calendar.
 *
 * <p>中文：年度法定节假日及调休安排（本地设置）。
 *
 * @param holidays days off that would otherwise be working days (weekend days may be listed; they change nothing)
 * @param workingDays Saturdays or Sundays that are working days
 */
public record WorkingCalendar(int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workingDays) {

  public WorkingCalendar {
    checkArgument(year >= 2000 && year <= 2100, "calendar year must be 2000-2100, was %s", year);
    holidays = ImmutableSortedSet.copyOf(holidays);
    workingDays = ImmutableSortedSet.copyOf(workingDays);
    for (LocalDate d : holidays) {
      checkArgument(d.getYear() == year, "holiday %s is not in %s", d, year);
      checkArgument(!workingDays.contains(d), "%s is both a holiday and a working day", d);
    }
    for (LocalDate d : workingDays) {
      checkArgument(d.getYear() == year, "working day %s is not in %s", d, year);
      checkArgument(isWeekend(d), "swapped working day %s must be a Saturday or Sunday", d);
    }
  }

  public static WorkingCalendar of(int year, Set<LocalDate> holidays, Set<LocalDate> workingDays) {
    return new WorkingCalendar(year, ImmutableSortedSet.copyOf(holidays), ImmutableSortedSet.copyOf(workingDays));
  }

  /** Whether {@code day} (of this calendar's year) is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    checkArgument(day.getYear() == year, "%s is not in %s", day, year);
    return workingDays.contains(day) || (!isWeekend(day) && !holidays.contains(day));
  }

  static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
