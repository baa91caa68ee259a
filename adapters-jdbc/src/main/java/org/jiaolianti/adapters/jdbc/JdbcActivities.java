package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.activity.LotteryDraw;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Activities} on tables {@code activity} and {@code activity_registration}. A place is taken with a
 * conditional {@code UPDATE … SET confirmed = confirmed + 1 WHERE confirmed < capacity}: the database, not
 * the JVM, keeps the count at or below the capacity (and a CHECK constraint backs it).
 */
public final class JdbcActivities implements Activities {

  private final JdbcSession session;

  JdbcActivities(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Activity a) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate("INSERT INTO activity (district_code, id, organiser_kind,"
        + " organiser_id, title, description, collaboration, eligible_grades, capacity, opens_at, closes_at, term, mode,"
        + " confirmed, draw_seed, drawn_at, drawn_by, draw_entrants, version, created_at, created_by, changed_at,"
        + " changed_by) VALUES (:d, :id, :organiserKind, :organiserId, :title, :description, :collaboration, :grades,"
        + " :capacity, :opensAt, :closesAt, :term, :mode, :confirmed, :drawSeed, :drawnAt, :drawnBy, :drawEntrants,"
        + " :version, :now, :actor, :now, :actor)"), a).execute()), () -> ConflictException.duplicate("id", a.id().value()));
  }

  private <S extends SqlStatement<S>> S bind(S s, Activity a) {
    LotteryDraw draw = a.draw();
    return s.bind("d", a.district().value()).bind("id", a.id().value()).bind("organiserKind", a.organiserKind().name())
        .bind("organiserId", a.organiserId()).bind("title", a.title()).bind("description", a.description())
        .bind("collaboration", a.collaboration().name())
        .bind("grades", a.eligibleGrades().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .bind("capacity", a.capacity()).bind("opensAt", Sql.instant(a.opensAt()))
        .bind("closesAt", Sql.instant(a.closesAt())).bind("term", a.term().value()).bind("mode", a.mode().name())
        .bind("confirmed", a.confirmed()).bind("drawSeed", draw == null ? null : draw.seed())
        .bind("drawnAt", Sql.instant(draw == null ? null : draw.drawnAt()))
        .bind("drawnBy", draw == null ? null : draw.drawnBy())
        .bind("drawEntrants", draw == null ? null : draw.entrants()).bind("version", a.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public Activity update(Activity a) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE activity SET title = :title, description = :description,"
          + " collaboration = :collaboration, eligible_grades = :grades, capacity = :capacity, opens_at = :opensAt,"
          + " closes_at = :closesAt, term = :term, mode = :mode, confirmed = :confirmed, draw_seed = :drawSeed,"
          + " drawn_at = :drawnAt, drawn_by = :drawnBy, draw_entrants = :drawEntrants, version = :version + 1,"
          + " changed_at = :now, changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version"), a)
          .execute();
      Sql.updatedOne(rows, h, "activity", a.district().value(), a.id().value(), "activity");
      return a.withVersion(a.version() + 1);
    });
  }

  @Override
  public Optional<Activity> byId(DistrictCode district, ActivityId id) {
    return session.call(h -> h.createQuery("SELECT * FROM activity WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> activity(rs)).findOne());
  }

  @Override
  public Optional<Activity> lockById(DistrictCode district, ActivityId id) {
    return session.call(h -> h.createQuery("SELECT * FROM activity WHERE district_code = :d AND id = :id FOR UPDATE")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> activity(rs)).findOne());
  }

  @Override
  public List<Activity> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM activity WHERE district_code = :d ORDER BY opens_at, id")
        .bind("d", district.value()).map((rs, ctx) -> activity(rs)).list());
  }

  @Override
  public boolean claimPlace(DistrictCode district, ActivityId id) {
    return session.call(h -> h.createUpdate("UPDATE activity SET confirmed = confirmed + 1 WHERE district_code = :d"
        + " AND id = :id AND confirmed < capacity").bind("d", district.value()).bind("id", id.value()).execute()) == 1;
  }

  @Override
  public void releasePlace(DistrictCode district, ActivityId id) {
    session.run(h -> h.createUpdate("UPDATE activity SET confirmed = confirmed - 1 WHERE district_code = :d"
        + " AND id = :id AND confirmed > 0").bind("d", district.value()).bind("id", id.value()).execute());
  }

  @Override
  public void addRegistration(Registration r) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate("INSERT INTO activity_registration (district_code, id,"
        + " activity_id, student_id, status, position, registered_at, registered_by, cancelled_at, cancelled_by,"
        + " version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :activity, :student, :status,"
        + " :position, :registeredAt, :registeredBy, :cancelledAt, :cancelledBy, :version, :now, :actor, :now,"
        + " :actor)"), r).execute()), () -> ConflictException.duplicate("studentId", r.student().value()));
  }

  private <S extends SqlStatement<S>> S bind(S s, Registration r) {
    return s.bind("d", r.district().value()).bind("id", r.id().value()).bind("activity", r.activity().value())
        .bind("student", r.student().value()).bind("status", r.status().name()).bind("position", r.position())
        .bind("registeredAt", Sql.instant(r.registeredAt())).bind("registeredBy", r.registeredBy())
        .bind("cancelledAt", Sql.instant(r.cancelledAt())).bind("cancelledBy", r.cancelledBy())
        .bind("version", r.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public Registration updateRegistration(Registration r) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE activity_registration SET status = :status, position = :position,"
          + " cancelled_at = :cancelledAt, cancelled_by = :cancelledBy, version = :version + 1, changed_at = :now,"
          + " changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version"), r).execute();
      Sql.updatedOne(rows, h, "activity_registration", r.district().value(), r.id().value(), "registration");
      return r.withVersion(r.version() + 1);
    });
  }

  @Override
  public Optional<Registration> registrationById(DistrictCode district, RegistrationId id) {
    return session.call(h -> h.createQuery("SELECT * FROM activity_registration WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> registration(rs)).findOne());
  }

  @Override
  public Optional<Registration> registrationOf(DistrictCode district, ActivityId activity, StudentId student) {
    return session.call(h -> h.createQuery("SELECT * FROM activity_registration WHERE district_code = :d"
            + " AND activity_id = :a AND student_id = :s").bind("d", district.value()).bind("a", activity.value())
        .bind("s", student.value()).map((rs, ctx) -> registration(rs)).findOne());
  }

  @Override
  public List<Registration> registrationsOf(DistrictCode district, ActivityId activity) {
    return session.call(h -> h.createQuery("SELECT * FROM activity_registration WHERE district_code = :d"
            + " AND activity_id = :a ORDER BY position, id").bind("d", district.value()).bind("a", activity.value())
        .map((rs, ctx) -> registration(rs)).list());
  }

  @Override
  public long activeRegistrationsInTerm(DistrictCode district, StudentId student, Term term) {
    return session.call(h -> h.createQuery("SELECT COUNT(*) FROM activity_registration r JOIN activity a"
            + " ON a.district_code = r.district_code AND a.id = r.activity_id WHERE r.district_code = :d"
            + " AND r.student_id = :s AND r.status <> 'CANCELLED' AND a.term = :t").bind("d", district.value())
        .bind("s", student.value()).bind("t", term.value()).mapTo(Long.class).one());
  }

  @Override
  public long nextPosition(DistrictCode district, ActivityId activity) {
    return session.call(h -> h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM activity_registration"
            + " WHERE district_code = :d AND activity_id = :a").bind("d", district.value()).bind("a", activity.value())
        .mapTo(Long.class).one());
  }

  @Override
  public List<Registration> registeredBetween(DistrictCode district, java.time.Instant from, java.time.Instant to) {
    return session.call(h -> h.createQuery("SELECT * FROM activity_registration WHERE district_code = :d"
            + " AND registered_at >= :from AND registered_at < :to")
        .bind("d", district.value()).bind("from", Sql.instant(from)).bind("to", Sql.instant(to))
        .map((rs, ctx) -> registration(rs)).list()).stream()
        .sorted(java.util.Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.id().value())).toList();
  }

  private static Activity activity(ResultSet rs) throws SQLException {
    long seed = rs.getLong("draw_seed");
    LotteryDraw draw = rs.wasNull() ? null
        : new LotteryDraw(seed, Sql.instant(rs, "drawn_at"), rs.getString("drawn_by"), rs.getInt("draw_entrants"));
    return new Activity(ActivityId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        OrganiserKind.valueOf(rs.getString("organiser_kind")), rs.getString("organiser_id"), rs.getString("title"),
        rs.getString("description"), Collaboration.valueOf(rs.getString("collaboration")),
        Arrays.stream(rs.getString("eligible_grades").split(",")).map(Integer::valueOf).collect(Collectors.toSet()),
        rs.getInt("capacity"), Sql.instant(rs, "opens_at"), Sql.instant(rs, "closes_at"), Term.of(rs.getString("term")),
        RegistrationMode.valueOf(rs.getString("mode")), rs.getInt("confirmed"), draw, rs.getLong("version"));
  }

  private static Registration registration(ResultSet rs) throws SQLException {
    return new Registration(RegistrationId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        ActivityId.of(rs.getString("activity_id")), StudentId.of(rs.getString("student_id")),
        RegistrationStatus.valueOf(rs.getString("status")), rs.getLong("position"), Sql.instant(rs, "registered_at"),
        rs.getString("registered_by"), Sql.instant(rs, "cancelled_at"), rs.getString("cancelled_by"),
        rs.getLong("version"));
  }
}
