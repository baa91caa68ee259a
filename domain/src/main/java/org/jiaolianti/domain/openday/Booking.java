package org.jiaolianti.domain.openday;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A guardian's booking of one slot of an open day, for one of their children at that school. Cancelled, never
 * deleted.
 *
 * <p>中文：开放日预约。
 *
 * @param cancelledAt when it was cancelled (null while BOOKED); {@code cancelledBy} is set with it
 */
public record Booking(BookingId id, DistrictCode district, OpenDayId openDay, String slot, GuardianId guardian,
    StudentId student, BookingStatus status, Instant bookedAt, UserId bookedBy, Instant cancelledAt,
    UserId cancelledBy, long version) {

  public Booking {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(openDay, "openDay");
    requireNonNull(slot, "slot");
    requireNonNull(guardian, "guardian");
    requireNonNull(student, "student");
    requireNonNull(status, "status");
    requireNonNull(bookedAt, "bookedAt");
    requireNonNull(bookedBy, "bookedBy");
    boolean cancelled = status == BookingStatus.CANCELLED;
    checkArgument(cancelled == (cancelledAt != null) && cancelled == (cancelledBy != null),
        "cancelledAt and cancelledBy are set when cancelled");
    checkArgument(version >= 0, "version must be >= 0");
  }

  public static Booking book(BookingId id, DistrictCode district, OpenDayId openDay, String slot, GuardianId guardian,
      StudentId student, UserId by, Instant at) {
    return new Booking(id, district, openDay, slot, guardian, student, BookingStatus.BOOKED, at, by, null, null, 0);
  }

  public Booking cancelled(UserId by, Instant at) {
    return new Booking(id, district, openDay, slot, guardian, student, BookingStatus.CANCELLED, bookedAt, bookedBy,
        at, by, version);
  }

  public boolean active() {
    return status == BookingStatus.BOOKED;
  }
}
