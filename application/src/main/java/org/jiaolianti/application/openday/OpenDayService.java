package org.jiaolianti.application.openday;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase;
import org.jiaolianti.application.openday.port.out.OpenDays;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.BookingId;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayId;
import org.jiaolianti.domain.openday.OpenDayRules;
import org.jiaolianti.domain.openday.OpenDaySlot;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;

/**
 * Open days and reception days (五(一)3, 三(三)2). Booking uses the same mechanism as activity registration: the
 * day's row is locked for the transaction ({@link OpenDays#lockById}) and a place is taken by a conditional update
 * of the slot's count ({@link OpenDays#claimPlace}), so that N concurrent bookings of C places succeed exactly
 * min(N, C) times on every database.
 */
public final class OpenDayService implements OpenDaysUseCase {

  /** The district's zone: slot times are local times of the day. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final OpenDays days;
  private final Schools schools;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public OpenDayService(OpenDays days, Schools schools, Roster roster, AccessControl access, Transactions tx,
      Clock clock, CommandValidator validator) {
    this.days = requireNonNull(days);
    this.schools = requireNonNull(schools);
    this.roster = requireNonNull(roster);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public OpenDay schedule(Actor actor, ScheduleCommand c) {
    validator.validate(c);
    List<OpenDaySlot> slots = new ArrayList<>();
    for (int n = 0; n < c.slots().size(); n++) {
      SlotCommand s = c.slots().get(n);
      if (!s.end().isAfter(s.start())) {
        throw InvalidInputException.of("slots[" + n + "].end", "After", "时段结束时间须晚于开始时间",
            "a slot ends after it starts");
      }
      slots.add(new OpenDaySlot(String.valueOf(n + 1), s.start(), s.end(), s.capacity(), 0));
    }
    slots.sort(Comparator.comparing(OpenDaySlot::start).thenComparing(OpenDaySlot::id));
    return tx.inTransaction(() -> {
      SchoolId school = SchoolId.of(c.schoolId());
      access.check(actor, Action.MANAGE_OPEN_DAYS, new Target.School(actor.district(), school));
      if (schools.byId(actor.district(), school).isEmpty()) {
        throw new NotFoundException("school", c.schoolId());
      }
      RuleViolationException.throwIfRejected(OpenDayRules.maySchedule(c.kind(), c.date(), clock.today(ZONE)));
      OpenDay day = new OpenDay(OpenDayId.newId(), actor.district(), school, c.kind(), c.title().strip(), c.date(),
          c.place().strip(), c.bookingClosesAt() == null ? null : c.bookingClosesAt().truncatedTo(ChronoUnit.MICROS),
          slots, actor.userId(), now());
      days.add(day);
      return day;
    });
  }

  @Override
  public List<OpenDay> list(Actor actor) {
    return tx.inTransaction(() -> {
      Visibility vis = access.visibility(actor, Action.READ_OPEN_DAYS);
      if (!vis.permitted()) {
        access.check(actor, Action.READ_OPEN_DAYS, new Target.District(actor.district()));
      }
      return days.ofDistrict(actor.district()).stream().filter(d -> vis.includesSchool(d.school())).toList();
    });
  }

  @Override
  public OpenDay get(Actor actor, String openDayId) {
    return tx.inTransaction(() -> readable(actor, openDayId));
  }

  @Override
  public List<Booking> bookings(Actor actor, String openDayId) {
    return tx.inTransaction(() -> {
      OpenDay day = readable(actor, openDayId);
      access.check(actor, Action.MANAGE_OPEN_DAYS, new Target.School(actor.district(), day.school()));
      return days.bookingsOf(actor.district(), day.id());
    });
  }

  @Override
  public Booking book(Actor actor, BookCommand c) {
    validator.validate(c);
    return tx.inTransaction(() -> {
      OpenDay seen = readable(actor, c.openDayId());
      GuardianId guardian = guardian(actor).orElse(null);
      access.check(actor, Action.BOOK_OPEN_DAYS, new Target.School(actor.district(), seen.school()));
      if (guardian == null) {
        throw new NotFoundException("student", c.studentId());
      }
      StudentId student = ownChildAt(actor, guardian, c.studentId(), seen.school());
      OpenDay day = days.lockById(actor.district(), seen.id())
          .orElseThrow(() -> new NotFoundException("open day", c.openDayId()));
      OpenDaySlot slot = day.slot(c.slotId()).orElseThrow(() -> new NotFoundException("slot", c.slotId()));
      RuleViolationException.throwIfRejected(OpenDayRules.bookingOpen(day, slot, clock.now(), ZONE));
      RuleViolationException.throwIfRejected(OpenDayRules.oneBookingPerGuardian(day,
          days.bookingsOf(actor.district(), day.id()), guardian));
      if (!days.claimPlace(actor.district(), day.id(), slot.id())) {
        throw new RuleViolationException(OpenDayRules.slotFull(day));
      }
      Booking b = Booking.book(BookingId.newId(), actor.district(), day.id(), slot.id(), guardian, student,
          actor.userId(), now());
      days.addBooking(b);
      return b;
    });
  }

  @Override
  public Booking cancel(Actor actor, CancelCommand c) {
    validator.validate(c);
    return tx.inTransaction(() -> {
      OpenDay seen = readable(actor, c.openDayId());
      Optional<GuardianId> guardian = guardian(actor);
      Booking b = days.bookingById(actor.district(), BookingId.of(c.bookingId()))
          .filter(x -> x.openDay().equals(seen.id()))
          .filter(x -> guardian.map(x.guardian()::equals).orElse(false))
          .orElseThrow(() -> new NotFoundException("booking", c.bookingId()));
      access.check(actor, Action.BOOK_OPEN_DAYS, new Target.School(actor.district(), seen.school()));
      if (!b.active()) {
        return b;
      }
      OpenDay day = days.lockById(actor.district(), seen.id())
          .orElseThrow(() -> new NotFoundException("open day", c.openDayId()));
      OpenDaySlot slot = day.slot(b.slot()).orElseThrow(() -> new NotFoundException("slot", b.slot()));
      RuleViolationException.throwIfRejected(OpenDayRules.bookingOpen(day, slot, clock.now(), ZONE));
      Booking cancelled = days.updateBooking(b.cancelled(actor.userId(), now()));
      days.releasePlace(actor.district(), day.id(), slot.id());
      return cancelled;
    });
  }

  @Override
  public List<Booking> myBookings(Actor actor) {
    return tx.inTransaction(() -> {
      Optional<GuardianId> guardian = guardian(actor);
      if (guardian.isEmpty()) {
        access.check(actor, Action.BOOK_OPEN_DAYS, new Target.District(actor.district()));
        return List.of();
      }
      return days.bookingsOfGuardian(actor.district(), guardian.get());
    });
  }

  /** The student, if a child of the guardian attending {@code school}; any other: not found. */
  private StudentId ownChildAt(Actor actor, GuardianId guardian, String studentId, SchoolId school) {
    return roster.linksOfGuardian(actor.district(), guardian).stream()
        .filter(l -> l.student().value().equals(studentId))
        .map(l -> roster.studentById(actor.district(), l.student())).flatMap(Optional::stream)
        .filter(s -> s.school().equals(school)).map(Student::id).findFirst()
        .orElseThrow(() -> new NotFoundException("student", studentId));
  }

  /** The day, if the actor reads it (another school: not found). */
  private OpenDay readable(Actor actor, String openDayId) {
    OpenDayId id;
    try {
      id = OpenDayId.of(openDayId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("open day", openDayId);
    }
    OpenDay day = days.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("open day", openDayId));
    access.check(actor, Action.READ_OPEN_DAYS, new Target.School(actor.district(), day.school()));
    return day;
  }

  private static Optional<GuardianId> guardian(Actor actor) {
    return actor.has(Role.GUARDIAN) ? actor.user().linkedGuardian() : Optional.empty();
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
