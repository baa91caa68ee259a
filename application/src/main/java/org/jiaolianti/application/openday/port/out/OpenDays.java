package org.jiaolianti.application.openday.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.BookingId;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Open days and reception days with their slots and bookings. The places are counted by the storage, as for
 * activities ({@link org.jiaolianti.application.activity.port.out.Activities}): {@link #claimPlace} is atomic (a
 * conditional update of the slot's count in the database), so that concurrent bookings never exceed a slot's
 * capacity; {@link #lockById} serialises the bookings of one day. Nothing is deleted: a booking is cancelled.
 */
public interface OpenDays {

  /**
   * Adds a day with its slots (their {@code booked} counts as stored).
   *
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if the id is taken
   */
  void add(OpenDay day);

  /** The day with its slots (by start time, then id) and their current counts. */
  Optional<OpenDay> byId(DistrictCode district, OpenDayId id);

  /**
   * The day, locked for the rest of the current transaction (SELECT … FOR UPDATE): bookings and cancellations
   * of one day run one after the other. Outside a transaction, as {@link #byId}.
   */
  Optional<OpenDay> lockById(DistrictCode district, OpenDayId id);

  /** Every day of the district, by date, then id. */
  List<OpenDay> ofDistrict(DistrictCode district);

  /**
   * Takes one place of the slot if one remains: {@code booked = booked + 1 WHERE booked < capacity}, atomically.
   *
   * @return true if a place was taken, false if the slot is full (or unknown)
   */
  boolean claimPlace(DistrictCode district, OpenDayId day, String slot);

  /** Gives one place of the slot back ({@code booked - 1}, never below 0). */
  void releasePlace(DistrictCode district, OpenDayId day, String slot);

  /**
   * Adds a booking.
   *
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if the id is taken
   */
  void addBooking(Booking booking);

  /** Stores a cancelled booking under optimistic versioning; returns it with the next version. */
  Booking updateBooking(Booking booking);

  Optional<Booking> bookingById(DistrictCode district, BookingId id);

  /** The day's bookings, whatever their status, by time of booking, then id. */
  List<Booking> bookingsOf(DistrictCode district, OpenDayId day);

  /** The guardian's bookings of every day, by time of booking, then id. */
  List<Booking> bookingsOfGuardian(DistrictCode district, GuardianId guardian);
}
