package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jiaolianti.application.openday.port.out.OpenDays;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.BookingId;
import org.jiaolianti.domain.openday.BookingStatus;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayId;
import org.jiaolianti.domain.openday.OpenDayKind;
import org.jiaolianti.domain.openday.OpenDaySlot;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link OpenDays} on {@code open_day}, {@code open_day_slot} and {@code open_day_booking} (V10). The places are
 * counted as activity places are ({@link JdbcActivities}): {@link #lockById} is {@code SELECT … FOR UPDATE} on the
 * day's row, {@link #claimPlace} one conditional {@code UPDATE … SET booked = booked + 1 WHERE booked < capacity}.
 */
final class JdbcOpenDays implements OpenDays {

  private static final Comparator<Booking> BOOKING_ORDER =
      Comparator.comparing(Booking::bookedAt).thenComparing(b -> b.id().value());
  private static final Comparator<OpenDaySlot> SLOT_ORDER =
      Comparator.comparing(OpenDaySlot::start).thenComparing(OpenDaySlot::id);
  private final JdbcSession session;

  JdbcOpenDays(JdbcSession session) {
    this.session = session;
  }

  /** A day's row without its slots. */
  private record Row(OpenDayId id, DistrictCode district, SchoolId school, OpenDayKind kind, String title,
      java.time.LocalDate date, String place, java.time.Instant closes, UserId by, java.time.Instant at) {}

  @Override
  public void add(OpenDay d) {
    Sql.unique(() -> session.run(h -> {
      h.createUpdate("INSERT INTO open_day (district_code, id, school_id, kind, title, held_on, place,"
              + " booking_closes_at, scheduled_by, scheduled_at, created_at, created_by) VALUES (:d, :id, :school,"
              + " :kind, :title, :on, :place, :closes, :by, :at, :now, :actor)")
          .bind("d", d.district().value()).bind("id", d.id().value()).bind("school", d.school().value())
          .bind("kind", d.kind().name()).bind("title", d.title()).bind("on", Sql.date(d.date()))
          .bind("place", d.place()).bind("closes", Sql.instant(d.bookingClosesAt()))
          .bind("by", d.createdBy().value()).bind("at", Sql.instant(d.createdAt()))
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute();
      Sql.batch(h, "INSERT INTO open_day_slot (district_code, open_day_id, slot_id, starts_at, ends_at, capacity,"
          + " booked) VALUES (:d, :day, :slot, :start, :end, :capacity, :booked)", d.slots(), (b, s) -> b
          .bind("d", d.district().value()).bind("day", d.id().value()).bind("slot", s.id())
          .bind("start", JdbcMessaging.time(s.start())).bind("end", JdbcMessaging.time(s.end()))
          .bind("capacity", s.capacity()).bind("booked", s.booked()));
    }), () -> ConflictException.duplicate("id", d.id().value()));
  }

  @Override
  public Optional<OpenDay> byId(DistrictCode district, OpenDayId id) {
    return session.call(h -> one(h, district, id, ""));
  }

  @Override
  public Optional<OpenDay> lockById(DistrictCode district, OpenDayId id) {
    return session.call(h -> one(h, district, id, " FOR UPDATE"));
  }

  private Optional<OpenDay> one(Handle h, DistrictCode district, OpenDayId id, String lock) {
    Optional<Row> row = h.createQuery("SELECT * FROM open_day WHERE district_code = :d AND id = :id" + lock)
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> row(rs)).findOne();
    return row.map(r -> withSlots(r, slots(h, "district_code = :d AND open_day_id = :id", district, id.value())
        .getOrDefault(r.id().value(), List.of())));
  }

  @Override
  public List<OpenDay> ofDistrict(DistrictCode district) {
    return session.call(h -> {
      List<Row> rows = h.createQuery("SELECT * FROM open_day WHERE district_code = :d").bind("d", district.value())
          .map((rs, ctx) -> row(rs)).list();
      Map<String, List<OpenDaySlot>> slots = slots(h, "district_code = :d", district, null);
      return rows.stream().map(r -> withSlots(r, slots.getOrDefault(r.id().value(), List.of())))
          .sorted(Comparator.comparing(OpenDay::date).thenComparing(d -> d.id().value())).toList();
    });
  }

  private static Map<String, List<OpenDaySlot>> slots(Handle h, String where, DistrictCode district, String id) {
    var q = h.createQuery("SELECT * FROM open_day_slot WHERE " + where).bind("d", district.value());
    if (id != null) {
      q.bind("id", id);
    }
    Map<String, List<OpenDaySlot>> byDay = new HashMap<>();
    q.map((rs, ctx) -> Map.entry(rs.getString("open_day_id"), new OpenDaySlot(rs.getString("slot_id"),
            rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
            rs.getInt("capacity"), rs.getInt("booked"))))
        .list().forEach(e -> byDay.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byDay;
  }

  private static OpenDay withSlots(Row r, List<OpenDaySlot> slots) {
    return new OpenDay(r.id(), r.district(), r.school(), r.kind(), r.title(), r.date(), r.place(), r.closes(),
        slots.stream().sorted(SLOT_ORDER).toList(), r.by(), r.at());
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(OpenDayId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), OpenDayKind.valueOf(rs.getString("kind")), rs.getString("title"),
        Sql.date(rs, "held_on"), rs.getString("place"), Sql.instant(rs, "booking_closes_at"),
        UserId.of(rs.getString("scheduled_by")), Sql.instant(rs, "scheduled_at"));
  }

  @Override
  public boolean claimPlace(DistrictCode district, OpenDayId day, String slot) {
    return session.call(h -> h.createUpdate("UPDATE open_day_slot SET booked = booked + 1 WHERE district_code = :d"
        + " AND open_day_id = :day AND slot_id = :slot AND booked < capacity").bind("d", district.value())
        .bind("day", day.value()).bind("slot", slot).execute()) == 1;
  }

  @Override
  public void releasePlace(DistrictCode district, OpenDayId day, String slot) {
    session.run(h -> h.createUpdate("UPDATE open_day_slot SET booked = booked - 1 WHERE district_code = :d"
        + " AND open_day_id = :day AND slot_id = :slot AND booked > 0").bind("d", district.value())
        .bind("day", day.value()).bind("slot", slot).execute());
  }

  @Override
  public void addBooking(Booking b) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO open_day_booking (district_code, id, open_day_id,"
            + " slot_id, guardian_id, student_id, status, booked_at, booked_by, cancelled_at, cancelled_by, version,"
            + " created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :day, :slot, :guardian, :student,"
            + " :status, :bookedAt, :bookedBy, :cancelledAt, :cancelledBy, :version, :now, :actor, :now, :actor)")
        .bind("d", b.district().value()).bind("id", b.id().value()).bind("day", b.openDay().value())
        .bind("slot", b.slot()).bind("guardian", b.guardian().value()).bind("student", b.student().value())
        .bind("status", b.status().name()).bind("bookedAt", Sql.instant(b.bookedAt()))
        .bind("bookedBy", b.bookedBy().value()).bind("cancelledAt", Sql.instant(b.cancelledAt()))
        .bind("cancelledBy", b.cancelledBy() == null ? null : b.cancelledBy().value()).bind("version", b.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", b.id().value()));
  }

  @Override
  public Booking updateBooking(Booking b) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE open_day_booking SET status = :status, cancelled_at = :cancelledAt,"
              + " cancelled_by = :cancelledBy, version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("status", b.status().name()).bind("cancelledAt", Sql.instant(b.cancelledAt()))
          .bind("cancelledBy", b.cancelledBy() == null ? null : b.cancelledBy().value()).bind("version", b.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", b.district().value()).bind("id", b.id().value()).execute();
      Sql.updatedOne(rows, h, "open_day_booking", b.district().value(), b.id().value(), "booking");
      return h.createQuery("SELECT * FROM open_day_booking WHERE district_code = :d AND id = :id")
          .bind("d", b.district().value()).bind("id", b.id().value()).map((rs, ctx) -> booking(rs)).one();
    });
  }

  @Override
  public Optional<Booking> bookingById(DistrictCode district, BookingId id) {
    return session.call(h -> h.createQuery("SELECT * FROM open_day_booking WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> booking(rs)).findOne());
  }

  @Override
  public List<Booking> bookingsOf(DistrictCode district, OpenDayId day) {
    return session.call(h -> h.createQuery("SELECT * FROM open_day_booking WHERE district_code = :d"
            + " AND open_day_id = :day").bind("d", district.value()).bind("day", day.value())
        .map((rs, ctx) -> booking(rs)).list()).stream().sorted(BOOKING_ORDER).toList();
  }

  @Override
  public List<Booking> bookingsOfGuardian(DistrictCode district, GuardianId guardian) {
    return session.call(h -> h.createQuery("SELECT * FROM open_day_booking WHERE district_code = :d"
            + " AND guardian_id = :guardian").bind("d", district.value()).bind("guardian", guardian.value())
        .map((rs, ctx) -> booking(rs)).list()).stream().sorted(BOOKING_ORDER).toList();
  }

  private static Booking booking(ResultSet rs) throws SQLException {
    return new Booking(BookingId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        OpenDayId.of(rs.getString("open_day_id")), rs.getString("slot_id"), GuardianId.of(rs.getString("guardian_id")),
        StudentId.of(rs.getString("student_id")), BookingStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "booked_at"), UserId.of(rs.getString("booked_by")), Sql.instant(rs, "cancelled_at"),
        Sql.nullable(rs.getString("cancelled_by"), UserId::of), rs.getLong("version"));
  }
}
