package org.jiaolianti.domain.openday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The open-day rules (五(一)3, 三(三)2): scheduling, the booking window, one booking per guardian, full slots. */
class OpenDayRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  private static final OpenDaySlot MORNING = new OpenDaySlot("1", LocalTime.of(9, 0), LocalTime.of(10, 0), 2, 0);
  private static final GuardianId PARENT = GuardianId.of("parent-1");

  private static OpenDay day(OpenDayKind kind, Instant closes) {
    return new OpenDay(OpenDayId.newId(), D, SchoolId.of("school-1"), kind, "开放日", DAY, "礼堂", closes,
        List.of(MORNING), UserId.of("leader"), Instant.parse("2026-03-01T00:00:00Z"));
  }

  private static Decision.Rejected rejected(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    return (Decision.Rejected) d;
  }

  @Test
  void eachKindCitesItsClause() {
    assertThat(rejected(OpenDayRules.maySchedule(OpenDayKind.OPEN_DAY, DAY, DAY.plusDays(1))).clause().value())
        .isEqualTo("五(一)3");
    assertThat(rejected(OpenDayRules.maySchedule(OpenDayKind.RECEPTION_DAY, DAY, DAY.plusDays(1))).rule())
        .isEqualTo("OPEN_DAY_IN_PAST");
    assertThat(rejected(OpenDayRules.maySchedule(OpenDayKind.RECEPTION_DAY, DAY, DAY.plusDays(1))).clause().value())
        .isEqualTo("三(三)2");
    assertThat(OpenDayRules.maySchedule(OpenDayKind.OPEN_DAY, DAY, DAY).isAllowed()).isTrue();
  }

  @Test
  void bookingClosesWhenTheSlotStartsInTheDistrictsZone_orAtAnEarlierCutOff() {
    OpenDay d = day(OpenDayKind.OPEN_DAY, null);
    Instant start = Instant.parse("2026-03-10T01:00:00Z"); // 09:00 in Xiang'an
    assertThat(OpenDayRules.closesAt(d, MORNING, ZONE)).isEqualTo(start);
    assertThat(OpenDayRules.bookingOpen(d, MORNING, start.minusSeconds(1), ZONE).isAllowed()).isTrue();
    assertThat(rejected(OpenDayRules.bookingOpen(d, MORNING, start, ZONE)).rule()).isEqualTo("OPEN_DAY_BOOKING_CLOSED");
    Instant cutOff = Instant.parse("2026-03-09T10:00:00Z");
    OpenDay early = day(OpenDayKind.OPEN_DAY, cutOff);
    assertThat(OpenDayRules.closesAt(early, MORNING, ZONE)).isEqualTo(cutOff);
    assertThat(rejected(OpenDayRules.bookingOpen(early, MORNING, cutOff, ZONE)).rule())
        .isEqualTo("OPEN_DAY_BOOKING_CLOSED");
    OpenDay late = day(OpenDayKind.OPEN_DAY, start.plusSeconds(3600));
    assertThat(OpenDayRules.closesAt(late, MORNING, ZONE)).as("a cut-off after the start changes nothing")
        .isEqualTo(start);
  }

  @Test
  void oneActiveBookingPerGuardianPerDay_aCancelledOneDoesNotCount() {
    OpenDay d = day(OpenDayKind.RECEPTION_DAY, null);
    Booking b = Booking.book(BookingId.newId(), D, d.id(), "1", PARENT, StudentId.of("child-1"), UserId.of("u"),
        Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(OpenDayRules.oneBookingPerGuardian(d, List.of(), PARENT).isAllowed()).isTrue();
    Decision.Rejected twice = rejected(OpenDayRules.oneBookingPerGuardian(d, List.of(b), PARENT));
    assertThat(twice.rule()).isEqualTo("OPEN_DAY_ALREADY_BOOKED");
    assertThat(twice.clause().value()).isEqualTo("三(三)2");
    assertThat(OpenDayRules.oneBookingPerGuardian(d, List.of(b), GuardianId.of("other")).isAllowed()).isTrue();
    Booking cancelled = b.cancelled(UserId.of("u"), Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(OpenDayRules.oneBookingPerGuardian(d, List.of(cancelled), PARENT).isAllowed()).isTrue();
    assertThat(OpenDayRules.slotFull(d).rule()).isEqualTo("OPEN_DAY_SLOT_FULL");
  }

  @Test
  void aSlotNeverHoldsMoreThanItsCapacity() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OpenDaySlot("1", LocalTime.of(9, 0),
        LocalTime.of(10, 0), 2, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> new OpenDaySlot("1", LocalTime.of(9, 0),
        LocalTime.of(9, 0), 2, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new OpenDaySlot("1", LocalTime.of(9, 0),
        LocalTime.of(10, 0), 0, 0));
    assertThat(MORNING.remaining()).isEqualTo(2);
  }
}
