package org.jiaolianti.application.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiaolianti.application.openday.port.out.OpenDays;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.BookingId;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayId;
import org.jiaolianti.domain.openday.OpenDaySlot;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The open-day port in memory; places are counted under the adapter's lock. */
public final class InMemoryOpenDays implements OpenDays {

  private static final Comparator<Booking> BOOKING_ORDER =
      Comparator.comparing(Booking::bookedAt).thenComparing(b -> b.id().value());

  private final Map<String, OpenDay> days = new LinkedHashMap<>();
  private final VersionedStore<Booking> bookings = new VersionedStore<>("booking",
      b -> VersionedStore.key(b.district(), b.id()), Booking::version,
      (b, v) -> new Booking(b.id(), b.district(), b.openDay(), b.slot(), b.guardian(), b.student(), b.status(),
          b.bookedAt(), b.bookedBy(), b.cancelledAt(), b.cancelledBy(), v));

  @Override
  public synchronized void add(OpenDay day) {
    String k = VersionedStore.key(day.district(), day.id());
    if (days.containsKey(k)) {
      throw ConflictException.duplicate("id", day.id().value());
    }
    days.put(k, sorted(day));
  }

  private static OpenDay sorted(OpenDay d) {
    List<OpenDaySlot> slots = new ArrayList<>(d.slots());
    slots.sort(Comparator.comparing(OpenDaySlot::start).thenComparing(OpenDaySlot::id));
    return new OpenDay(d.id(), d.district(), d.school(), d.kind(), d.title(), d.date(), d.place(),
        d.bookingClosesAt(), slots, d.createdBy(), d.createdAt());
  }

  @Override
  public synchronized Optional<OpenDay> byId(DistrictCode district, OpenDayId id) {
    return Optional.ofNullable(days.get(VersionedStore.key(district, id)));
  }

  @Override
  public Optional<OpenDay> lockById(DistrictCode district, OpenDayId id) {
    return byId(district, id); // in memory, use cases run one at a time (SerialTransactions)
  }

  @Override
  public synchronized List<OpenDay> ofDistrict(DistrictCode district) {
    return days.values().stream().filter(d -> d.district().equals(district))
        .sorted(Comparator.comparing(OpenDay::date).thenComparing(d -> d.id().value())).toList();
  }

  @Override
  public synchronized boolean claimPlace(DistrictCode district, OpenDayId day, String slot) {
    return changeCount(district, day, slot, +1);
  }

  @Override
  public synchronized void releasePlace(DistrictCode district, OpenDayId day, String slot) {
    changeCount(district, day, slot, -1);
  }

  private boolean changeCount(DistrictCode district, OpenDayId id, String slotId, int delta) {
    OpenDay d = days.get(VersionedStore.key(district, id));
    if (d == null) {
      return false;
    }
    List<OpenDaySlot> slots = new ArrayList<>();
    boolean changed = false;
    for (OpenDaySlot s : d.slots()) {
      int next = s.booked() + delta;
      if (s.id().equals(slotId) && next >= 0 && next <= s.capacity()) {
        slots.add(new OpenDaySlot(s.id(), s.start(), s.end(), s.capacity(), next));
        changed = true;
      } else {
        slots.add(s);
      }
    }
    if (changed) {
      days.put(VersionedStore.key(district, id), new OpenDay(d.id(), d.district(), d.school(), d.kind(), d.title(),
          d.date(), d.place(), d.bookingClosesAt(), slots, d.createdBy(), d.createdAt()));
    }
    return changed;
  }

  @Override
  public void addBooking(Booking booking) {
    bookings.add(booking);
  }

  @Override
  public synchronized Booking updateBooking(Booking booking) {
    bookings.get(booking.district(), booking.id())
        .orElseThrow(() -> new NotFoundException("booking", booking.id()));
    return bookings.update(booking);
  }

  @Override
  public Optional<Booking> bookingById(DistrictCode district, BookingId id) {
    return bookings.get(district, id);
  }

  @Override
  public List<Booking> bookingsOf(DistrictCode district, OpenDayId day) {
    return bookings.find(b -> b.district().equals(district) && b.openDay().equals(day), BOOKING_ORDER);
  }

  @Override
  public List<Booking> bookingsOfGuardian(DistrictCode district, GuardianId guardian) {
    return bookings.find(b -> b.district().equals(district) && b.guardian().equals(guardian), BOOKING_ORDER);
  }
}
