package org.jiaolianti.adapters.jdbc;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.instructor.port.out.Instructors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorId;
import org.jiaolianti.domain.instructor.InstructorTier;
import org.jiaolianti.domain.instructor.ServiceKind;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.instructor.Specialty;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Instructors} on {@code instructor} and {@code instructor_service} (V10): the only UPDATE sets an
 * instructor's retirement columns (optimistic on version); services are inserted only. The per-school totals are
 * one GROUP BY. Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcInstructors implements Instructors {

  private static final Comparator<Instructor> ORDER =
      Comparator.comparing(Instructor::registeredAt).thenComparing(i -> i.id().value());
  private final JdbcSession session;

  JdbcInstructors(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Instructor i) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO instructor (district_code, id, name, tier,"
            + " school_id, partner_id, specialties, user_id, registered_by, registered_at, retired_at, retired_by,"
            + " retire_reason, version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :name, :tier,"
            + " :school, :partner, :specialties, :user, :by, :at, :retiredAt, :retiredBy, :reason, :version, :now,"
            + " :actor, :now, :actor)")
        .bind("d", i.district().value()).bind("id", i.id().value()).bind("name", i.name())
        .bind("tier", i.tier().name()).bind("school", i.school() == null ? null : i.school().value())
        .bind("partner", i.partner() == null ? null : i.partner().value())
        .bind("specialties", Sql.enumSet(i.specialties())).bind("user", i.user() == null ? null : i.user().value())
        .bind("by", i.registeredBy().value()).bind("at", Sql.instant(i.registeredAt()))
        .bind("retiredAt", Sql.instant(i.retiredAt()))
        .bind("retiredBy", i.retiredBy() == null ? null : i.retiredBy().value()).bind("reason", i.retireReason())
        .bind("version", i.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .execute()),
        () -> ConflictException.duplicate("id", i.id().value()));
  }

  @Override
  public Optional<Instructor> byId(DistrictCode district, InstructorId id) {
    return session.call(h -> h.createQuery("SELECT * FROM instructor WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> instructor(rs)).findOne());
  }

  @Override
  public List<Instructor> ofDistrict(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM instructor WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> instructor(rs)).list()).stream().sorted(ORDER).toList();
  }

  @Override
  public Instructor update(Instructor i) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE instructor SET retired_at = :retiredAt, retired_by = :retiredBy,"
              + " retire_reason = :reason, version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("retiredAt", Sql.instant(i.retiredAt()))
          .bind("retiredBy", i.retiredBy() == null ? null : i.retiredBy().value()).bind("reason", i.retireReason())
          .bind("version", i.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", i.district().value()).bind("id", i.id().value()).execute();
      Sql.updatedOne(rows, h, "instructor", i.district().value(), i.id().value(), "instructor");
      return h.createQuery("SELECT * FROM instructor WHERE district_code = :d AND id = :id")
          .bind("d", i.district().value()).bind("id", i.id().value()).map((rs, ctx) -> instructor(rs)).one();
    });
  }

  @Override
  public void addService(DeliveredService s) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO instructor_service (district_code, id,"
            + " instructor_id, kind, served_on, hours, school_id, partner_id, audience, note, logged_by, logged_at,"
            + " created_at, created_by) VALUES (:d, :id, :instructor, :kind, :on, :hours, :school, :partner,"
            + " :audience, :note, :by, :at, :now, :actor)")
        .bind("d", s.district().value()).bind("id", s.id()).bind("instructor", s.instructor().value())
        .bind("kind", s.kind().name()).bind("on", Sql.date(s.on())).bind("hours", s.hours())
        .bind("school", s.school() == null ? null : s.school().value())
        .bind("partner", s.partner() == null ? null : s.partner().value()).bind("audience", s.audience())
        .bind("note", s.note()).bind("by", s.loggedBy().value()).bind("at", Sql.instant(s.loggedAt()))
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", s.id()));
  }

  @Override
  public List<DeliveredService> services(DistrictCode district, InstructorId instructor) {
    return session.call(h -> h.createQuery("SELECT * FROM instructor_service WHERE district_code = :d"
            + " AND instructor_id = :instructor")
        .bind("d", district.value()).bind("instructor", instructor.value())
        .map((rs, ctx) -> new DeliveredService(rs.getString("id"), DistrictCode.of(rs.getString("district_code")),
            InstructorId.of(rs.getString("instructor_id")), ServiceKind.valueOf(rs.getString("kind")),
            Sql.date(rs, "served_on"), Sql.decimal(rs, "hours"), Sql.nullable(rs.getString("school_id"), SchoolId::of),
            Sql.nullable(rs.getString("partner_id"), PartnerId::of), rs.getInt("audience"), rs.getString("note"),
            UserId.of(rs.getString("logged_by")), Sql.instant(rs, "logged_at")))
        .list()).stream()
        .sorted(Comparator.comparing(DeliveredService::loggedAt).thenComparing(DeliveredService::id)).toList();
  }

  @Override
  public List<ServiceTotal> serviceTotals(DistrictCode district, LocalDate from, LocalDate to) {
    return session.call(h -> h.createQuery("SELECT school_id, kind, COUNT(*) AS services, SUM(hours) AS hours,"
            + " SUM(audience) AS audience FROM instructor_service WHERE district_code = :d AND school_id IS NOT NULL"
            + " AND served_on >= :from AND served_on <= :to GROUP BY school_id, kind")
        .bind("d", district.value()).bind("from", Sql.date(from)).bind("to", Sql.date(to))
        .map((rs, ctx) -> new ServiceTotal(SchoolId.of(rs.getString("school_id")),
            ServiceKind.valueOf(rs.getString("kind")), rs.getLong("services"),
            Sql.decimal(rs, "hours").setScale(1, RoundingMode.HALF_UP), rs.getLong("audience")))
        .list()).stream()
        .sorted(Comparator.comparing((ServiceTotal t) -> t.school().value()).thenComparing(ServiceTotal::kind))
        .toList();
  }

  private static Instructor instructor(ResultSet rs) throws SQLException {
    return new Instructor(InstructorId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        rs.getString("name"), InstructorTier.valueOf(rs.getString("tier")),
        Sql.nullable(rs.getString("school_id"), SchoolId::of), Sql.nullable(rs.getString("partner_id"), PartnerId::of),
        Sql.enumSet(rs.getString("specialties"), Specialty.class), Sql.nullable(rs.getString("user_id"), UserId::of),
        UserId.of(rs.getString("registered_by")), Sql.instant(rs, "registered_at"), Sql.instant(rs, "retired_at"),
        Sql.nullable(rs.getString("retired_by"), UserId::of), rs.getString("retire_reason"), rs.getLong("version"));
  }
}
