package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.BreakGlass;
import org.jiaolianti.domain.mentalhealth.BreakGlassId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link BreakGlassAccesses} on {@code break_glass} (V17): inserted once; the only UPDATE sets the stop and the
 * end-audited mark (optimistic on version). Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcBreakGlassAccesses implements BreakGlassAccesses {

  private static final Comparator<Stored> ORDER = Comparator.comparing((Stored s) -> s.access().startedAt())
      .reversed().thenComparing(s -> s.access().id().value());
  private final JdbcSession session;

  JdbcBreakGlassAccesses(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Stored s) {
    BreakGlass b = s.access();
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO break_glass (district_code, id, user_id,"
            + " student_id, school_id, school_lead_id, reason, started_at, expires_at, stopped_at, end_audited,"
            + " version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :user, :student, :school,"
            + " :lead, :reason, :started, :expires, :stopped, :audited, :version, :now, :actor, :now, :actor)")
        .bind("d", b.district().value()).bind("id", b.id().value()).bind("user", b.user().value())
        .bind("student", b.student().value()).bind("school", s.school().value())
        .bind("lead", s.schoolLead() == null ? null : s.schoolLead().value()).bind("reason", b.reason())
        .bind("started", Sql.instant(b.startedAt())).bind("expires", Sql.instant(b.expiresAt()))
        .bind("stopped", Sql.instant(b.stoppedAt())).bind("audited", s.endAudited()).bind("version", b.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", b.id().value()));
  }

  @Override
  public Optional<Stored> byId(DistrictCode district, BreakGlassId id) {
    return session.call(h -> h.createQuery("SELECT * FROM break_glass WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> stored(rs)).findOne());
  }

  @Override
  public List<Stored> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM break_glass WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> stored(rs)).list()).stream().sorted(ORDER).toList();
  }

  @Override
  public Stored update(Stored s) {
    BreakGlass b = s.access();
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE break_glass SET stopped_at = :stopped, end_audited = :audited,"
              + " version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("stopped", Sql.instant(b.stoppedAt())).bind("audited", s.endAudited()).bind("version", b.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", b.district().value()).bind("id", b.id().value()).execute();
      Sql.updatedOne(rows, h, "break_glass", b.district().value(), b.id().value(), "break-glass access");
      return h.createQuery("SELECT * FROM break_glass WHERE district_code = :d AND id = :id")
          .bind("d", b.district().value()).bind("id", b.id().value()).map((rs, ctx) -> stored(rs)).one();
    });
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    String lead = rs.getString("school_lead_id");
    BreakGlass b = new BreakGlass(BreakGlassId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        UserId.of(rs.getString("user_id")), StudentId.of(rs.getString("student_id")), rs.getString("reason"),
        Sql.instant(rs, "started_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "stopped_at"),
        rs.getLong("version"));
    return new Stored(b, SchoolId.of(rs.getString("school_id")), lead == null ? null : UserId.of(lead),
        rs.getBoolean("end_audited"));
  }
}
