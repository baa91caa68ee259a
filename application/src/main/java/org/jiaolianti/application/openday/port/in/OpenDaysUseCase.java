package org.jiaolianti.application.openday.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayKind;
import org.jiaolianti.domain.openday.OpenDaySlot;

/**
 * Parent open days (家长开放日, 五(一)3) and reception days (家长接待日, 三(三)2): a school's leaders schedule a day
 * with slots and read its bookings; guardians of the school's students book one slot per day for one of their
 * children there, and cancel until the slot starts (or the day's cut-off). A slot is never booked beyond its
 * capacity. Whoever is outside gets a not-found, as for an unknown id.
 *
 * <p>中文：家长开放日与家长接待日。依据：五(一)3，三(三)2
 */
public interface OpenDaysUseCase {

  OpenDay schedule(Actor actor, ScheduleCommand command);

  /** The days the actor sees, by date. */
  List<OpenDay> list(Actor actor);

  OpenDay get(Actor actor, String openDayId);

  /** The day's bookings, for the leaders of its school. */
  List<Booking> bookings(Actor actor, String openDayId);

  /** Books a place; refused with OPEN_DAY_SLOT_FULL when none is left. */
  Booking book(Actor actor, BookCommand command);

  /** Cancels one's own booking (idempotent: a cancelled booking is returned as it is). */
  Booking cancel(Actor actor, CancelCommand command);

  /** The actor's own bookings as a guardian, by time of booking. */
  List<Booking> myBookings(Actor actor);

  record ScheduleCommand(
      @RecordId String schoolId,
      @NotNull OpenDayKind kind,
      @NotBlank @Size(max = OpenDay.MAX_TITLE) String title,
      @NotNull LocalDate date,
      @NotBlank @Size(max = OpenDay.MAX_PLACE) String place,
      Instant bookingClosesAt,
      @NotEmpty @Size(max = OpenDay.MAX_SLOTS) List<@Valid @NotNull SlotCommand> slots) {}

  record SlotCommand(
      @NotNull LocalTime start,
      @NotNull LocalTime end,
      @Min(1) @Max(OpenDaySlot.MAX_CAPACITY) int capacity) {}

  record BookCommand(
      @RecordId String openDayId,
      @NotBlank @Size(max = 64) String slotId,
      @RecordId String studentId) {}

  record CancelCommand(
      @RecordId String openDayId,
      @RecordId String bookingId) {}
}
