package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.openday.port.out.OpenDays;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.BookingId;
import org.jiaolianti.domain.openday.BookingStatus;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayId;
import org.jiaolianti.domain.openday.OpenDayKind;
import org.jiaolianti.domain.openday.OpenDaySlot;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OpenDays}: days are added with their slots and read back (slots by start time) per
 * district, in date order; a place is claimed only while one remains and released never below zero; bookings are
 * added, cancelled under optimistic versioning (a stale version is a conflict) and read back per day and per
 * guardian in booking order.
 */
public abstract class OpenDaysContract extends PortContract<OpenDays> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract OpenDays openDays();

  @Override
  final OpenDays newPort() {
    return openDays();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  private OpenDay day(LocalDate date, int capacity) {
    return new OpenDay(OpenDayId.newId(), XIANGAN, world.schoolA.id(), OpenDayKind.OPEN_DAY, "开放日" + RARE, date,
        "学校" + RARE + "礼堂", NOW.plusSeconds(3600), List.of(
            new OpenDaySlot("2", LocalTime.of(14, 0), LocalTime.of(15, 30), capacity, 0),
            new OpenDaySlot("1", LocalTime.of(9, 0), LocalTime.of(10, 0), 1, 0)),
        world.userA.id(), NOW);
  }

  private Booking booking(OpenDay d, String slot, long second) {
    return Booking.book(BookingId.newId(), XIANGAN, d.id(), slot, world.guardian.id(), school.student.id(),
        world.userB.id(), NOW.plusSeconds(second));
  }

  @Test
  void daysReadBackWithSlotsByStartTimeInDateOrderPerDistrict() {
    OpenDay later = day(LocalDate.of(2026, 4, 2), 30);
    OpenDay earlier = new OpenDay(OpenDayId.newId(), XIANGAN, world.schoolA.id(), OpenDayKind.RECEPTION_DAY,
        "接待日", LocalDate.of(2026, 3, 20), "校长室", null,
        List.of(new OpenDaySlot("1", LocalTime.of(8, 30), LocalTime.of(9, 0), 2, 0)), world.userA.id(), NOW);
    port().add(later);
    port().add(earlier);
    List<OpenDay> read = port().ofDistrict(XIANGAN);
    assertThat(read).extracting(OpenDay::id).containsExactly(earlier.id(), later.id());
    assertSameRecord(read.get(0), earlier);
    OpenDay stored = port().byId(XIANGAN, later.id()).orElseThrow();
    assertThat(stored.slots()).extracting(OpenDaySlot::id).containsExactly("1", "2");
    assertThat(stored.title()).isEqualTo("开放日" + RARE);
    assertThat(stored.place()).isEqualTo("学校" + RARE + "礼堂");
    assertThat(stored.bookingClosesAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(stored.slots().get(1)).isEqualTo(new OpenDaySlot("2", LocalTime.of(14, 0), LocalTime.of(15, 30), 30,
        0));
    assertSameRecord(port().lockById(XIANGAN, later.id()).orElseThrow(), stored);
    assertThat(port().ofDistrict(HULI)).isEmpty();
    assertThat(port().byId(HULI, later.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(later));
  }

  @Test
  void placesAreClaimedOnlyWhileOneRemains_andReleasedNeverBelowZero() {
    OpenDay d = day(LocalDate.of(2026, 4, 2), 2);
    port().add(d);
    assertThat(port().claimPlace(XIANGAN, d.id(), "2")).isTrue();
    assertThat(port().claimPlace(XIANGAN, d.id(), "2")).isTrue();
    assertThat(port().claimPlace(XIANGAN, d.id(), "2")).isFalse();
    assertThat(port().claimPlace(XIANGAN, d.id(), "1")).isTrue();
    assertThat(port().claimPlace(XIANGAN, d.id(), "no-such-slot")).isFalse();
    assertThat(port().claimPlace(HULI, d.id(), "1")).isFalse();
    OpenDay read = port().byId(XIANGAN, d.id()).orElseThrow();
    assertThat(read.slots()).extracting(OpenDaySlot::booked).containsExactly(1, 2);
    port().releasePlace(XIANGAN, d.id(), "1");
    port().releasePlace(XIANGAN, d.id(), "1");
    port().releasePlace(XIANGAN, d.id(), "2");
    assertThat(port().byId(XIANGAN, d.id()).orElseThrow().slots()).extracting(OpenDaySlot::booked)
        .containsExactly(0, 1);
    assertThat(port().claimPlace(XIANGAN, d.id(), "2")).isTrue();
  }

  @Test
  void bookingsAreAddedCancelledAndReadBackPerDayAndGuardian() {
    OpenDay d = day(LocalDate.of(2026, 4, 2), 5);
    OpenDay other = day(LocalDate.of(2026, 4, 3), 5);
    port().add(d);
    port().add(other);
    Booking second = booking(d, "2", 10);
    Booking first = booking(d, "1", 0);
    Booking elsewhere = booking(other, "1", 5);
    port().addBooking(second);
    port().addBooking(first);
    port().addBooking(elsewhere);
    List<Booking> ofDay = port().bookingsOf(XIANGAN, d.id());
    assertThat(ofDay).hasSize(2);
    assertSameRecord(ofDay.get(0), first);
    assertSameRecord(ofDay.get(1), second);
    assertThat(port().bookingsOfGuardian(XIANGAN, world.guardian.id())).extracting(Booking::id)
        .containsExactly(first.id(), elsewhere.id(), second.id());
    assertThat(port().bookingsOf(HULI, d.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addBooking(first));

    Booking cancelled = port().updateBooking(first.cancelled(world.userB.id(), NOW.plusSeconds(60)));
    assertThat(cancelled.version()).isEqualTo(1);
    Booking stored = port().bookingById(XIANGAN, first.id()).orElseThrow();
    assertSameRecord(stored, cancelled);
    assertThat(stored.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(stored.cancelledAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(port().bookingById(HULI, first.id())).isEmpty();
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().updateBooking(first.cancelled(world.userB.id(), NOW)));
    assertThatThrownBy(() -> port().updateBooking(booking(d, "1", 0).cancelled(world.userB.id(), NOW)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void thePortHasNoWayToRemoveADayOrABooking() {
    assertThat(Arrays.stream(OpenDays.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "lockById", "ofDistrict", "claimPlace", "releasePlace",
            "addBooking", "updateBooking", "bookingById", "bookingsOf", "bookingsOfGuardian");
  }

  @Test
  void everyKindIsStored_aHomeVisitDayToo() {
    for (OpenDayKind kind : OpenDayKind.values()) {
      OpenDay day = new OpenDay(OpenDayId.newId(), XIANGAN, world.schoolA.id(), kind, kind.label().zh() + RARE,
          LocalDate.of(2026, 4, 10), "学生家庭", null,
          List.of(new OpenDaySlot("1", LocalTime.of(16, 0), LocalTime.of(17, 0), 1, 0)), world.userA.id(), NOW);
      port().add(day);
      assertThat(port().byId(XIANGAN, day.id()).orElseThrow().kind()).isEqualTo(kind);
    }
  }
}
