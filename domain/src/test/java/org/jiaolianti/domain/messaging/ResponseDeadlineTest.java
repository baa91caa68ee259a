package org.jiaolianti.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.policy.FeedbackSettings;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The due date of feedback: calendar days by default, working days with the year's calendar. */
class ResponseDeadlineTest {

  private static LocalSettings settings(int days, WorkingCalendar... calendars) {
    LocalSettings d = LocalSettings.defaults();
    return new LocalSettings(d.establishment(), d.countedSchoolTypes(), new FeedbackSettings(days), List.of(calendars));
  }

  /** A fictional 2026 calendar: Oct 1–2 and 5–7 off (Thu, Fri, Mon–Wed), Saturday Oct 10 a working day. */
  private static final WorkingCalendar Y2026 = WorkingCalendar.of(2026,
      Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
          LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
      Set.of(LocalDate.of(2026, 10, 10)));

  @Test
  void withoutACalendarTheDeadlineCountsCalendarDaysWeekendsAndHolidaysIncluded() {
    // Wednesday 30 Sep 2026 + 5 calendar days = Monday 5 Oct, though it is a holiday in the calendar above
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 9, 30), settings(5))).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(ResponseDeadline.countsWorkingDays(LocalDate.of(2026, 9, 30), settings(5))).isFalse();
    // Friday + 1 calendar day = Saturday
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 3, 6), settings(1))).isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void withTheYearsCalendarOrdinaryWeekendsAreSkipped() {
    // Friday 6 Mar 2026 + 1 working day = Monday 9 Mar; + 5 = Friday 13 Mar
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 3, 6), settings(1, Y2026))).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 3, 6), settings(5, Y2026))).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(ResponseDeadline.countsWorkingDays(LocalDate.of(2026, 3, 6), settings(5, Y2026))).isTrue();
  }

  @Test
  void holidaysAreSkippedAndASwappedWorkingSaturdayCounts() {
    // Wednesday 30 Sep: Oct 1-2 off, 3-4 weekend, 5-7 off; Thu 8 (1), Fri 9 (2), Sat 10 swapped working day (3)
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 9, 30), settings(3, Y2026)))
        .isEqualTo(LocalDate.of(2026, 10, 10));
    // without the swap the third working day would be Monday 12 Oct
    WorkingCalendar noSwap = WorkingCalendar.of(2026, Y2026.holidays(), Set.of());
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 9, 30), settings(3, noSwap)))
        .isEqualTo(LocalDate.of(2026, 10, 12));
    // submitted on the working Saturday: the next working day is Monday 12
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 10, 10), settings(1, Y2026)))
        .isEqualTo(LocalDate.of(2026, 10, 12));
  }

  @Test
  void aCalendarOfAnotherYearLeavesThisYearOnCalendarDays_aCountIntoAYearWithoutCalendarCountsWeekdays() {
    WorkingCalendar y2025 = WorkingCalendar.of(2025, Set.of(), Set.of());
    assertThat(ResponseDeadline.due(LocalDate.of(2026, 3, 6), settings(1, y2025))).isEqualTo(LocalDate.of(2026, 3, 7));
    // Wednesday 31 Dec 2025 + 3 working days: Thu 1 Jan, Fri 2 Jan, Mon 5 Jan 2026 (no 2026 calendar: weekdays)
    assertThat(ResponseDeadline.due(LocalDate.of(2025, 12, 31), settings(3, y2025)))
        .isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void aCalendarRefusesASwappedWeekdayADayOfAnotherYearAndADayThatIsBoth() {
    assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.of(2026, Set.of(),
        Set.of(LocalDate.of(2026, 10, 9)))).withMessageContaining("Saturday or Sunday");
    assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.of(2026,
        Set.of(LocalDate.of(2027, 1, 1)), Set.of())).withMessageContaining("not in 2026");
    assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.of(2026,
        Set.of(LocalDate.of(2026, 10, 10)), Set.of(LocalDate.of(2026, 10, 10)))).withMessageContaining("both");
    LocalSettings d = LocalSettings.defaults();
    assertThatIllegalArgumentException().isThrownBy(() -> new LocalSettings(d.establishment(), d.countedSchoolTypes(),
        FeedbackSettings.defaults(), List.of(Y2026, Y2026))).withMessageContaining("twice");
    assertThatIllegalArgumentException().isThrownBy(() -> new FeedbackSettings(0));
  }
}
