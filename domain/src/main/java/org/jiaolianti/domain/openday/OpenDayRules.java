package org.jiaolianti.domain.openday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Decision;

/**
 * The booking rules of open days (五(一)3) and reception days (三(三)2); each refusal names the clause of the
 * day's kind.
 *
 * <ul>
 *   <li>OPEN_DAY_IN_PAST: a school schedules a day from today on.
 *   <li>OPEN_DAY_BOOKING_CLOSED: a slot is booked, and a booking cancelled, only before the slot starts and
 *       before the day's cut-off, if it has one.
 *   <li>OPEN_DAY_ALREADY_BOOKED: one guardian holds at most one booking per day (whichever child, whichever
 *       slot): places are few and a family visits once; a guardian who cancels may book again.
 *   <li>OPEN_DAY_SLOT_FULL: no place is left in the slot (the storage counts places atomically).
 * </ul>
 *
 * <p>中文：开放日预约规则。依据：五(一)3，三(三)2
 */
public final class OpenDayRules {

  private OpenDayRules() {}

  /** A day is scheduled for today or later. */
  public static Decision maySchedule(OpenDayKind kind, LocalDate date, LocalDate today) {
    if (date.isBefore(today)) {
      return Decision.rejected("OPEN_DAY_IN_PAST", Bilingual.of("不能安排已过去日期的" + kind.label().zh(),
          "a " + kind.label().en() + " cannot be scheduled for a past day"), kind.clause());
    }
    return Decision.allowed();
  }

  /** When booking (and cancelling) the slot closes: its start on the day in {@code zone}, or the earlier cut-off. */
  public static Instant closesAt(OpenDay day, OpenDaySlot slot, ZoneId zone) {
    Instant start = day.date().atTime(slot.start()).atZone(zone).toInstant();
    return day.bookingClosesAt() != null && day.bookingClosesAt().isBefore(start) ? day.bookingClosesAt() : start;
  }

  /** The slot is booked, or a booking of it cancelled, only before it closes. */
  public static Decision bookingOpen(OpenDay day, OpenDaySlot slot, Instant now, ZoneId zone) {
    if (!now.isBefore(closesAt(day, slot, zone))) {
      return Decision.rejected("OPEN_DAY_BOOKING_CLOSED", Bilingual.of("该时段的预约已截止",
          "booking for this slot has closed"), day.kind().clause());
    }
    return Decision.allowed();
  }

  /** One booking per guardian per day: none of {@code bookings} (the day's) is an active one of the guardian. */
  public static Decision oneBookingPerGuardian(OpenDay day, List<Booking> bookings, GuardianId guardian) {
    if (bookings.stream().anyMatch(b -> b.active() && b.guardian().equals(guardian))) {
      return Decision.rejected("OPEN_DAY_ALREADY_BOOKED", Bilingual.of("您已预约该" + day.kind().label().zh()
          + "，如需改期请先取消", "you already hold a booking for this " + day.kind().label().en()
          + "; cancel it first to change"), day.kind().clause());
    }
    return Decision.allowed();
  }

  /** The refusal when the storage found no place left in the slot. */
  public static Decision.Rejected slotFull(OpenDay day) {
    return new Decision.Rejected("OPEN_DAY_SLOT_FULL", Bilingual.of("该时段已约满",
        "this slot is fully booked"), day.kind().clause());
  }
}
