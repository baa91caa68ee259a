package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.mentor.port.out.ParentMentors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentor.AssignmentKind;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.MentorStatus;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link ParentMentors} on {@code parent_mentor}, {@code mentor_assignment} and {@code mentor_hours} (V7): the
 * only UPDATE sets a mentor's status columns (optimistic on version); assignments and hours are inserted only.
 * Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcParentMentors implements ParentMentors {

  private static final Comparator<ParentMentor> ORDER =
      Comparator.comparing(ParentMentor::appliedAt).thenComparing(m -> m.id().value());
  private final JdbcSession session;

  JdbcParentMentors(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(ParentMentor m) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO parent_mentor (district_code, id, school_id,"
            + " guardian_id, applicant_id, expertise, status, applied_at, decided_at, decided_by, decided_on,"
            + " revoked_at, revoked_by, revoke_reason, version, created_at, created_by, changed_at, changed_by)"
            + " VALUES (:d, :id, :school, :guardian, :applicant, :expertise, :status, :appliedAt, :decidedAt,"
            + " :decidedBy, :decidedOn, :revokedAt, :revokedBy, :reason, :version, :now, :actor, :now, :actor)")
        .bind("d", m.district().value()).bind("id", m.id().value()).bind("school", m.school().value())
        .bind("guardian", m.guardian().value()).bind("applicant", m.applicant().value())
        .bind("expertise", m.expertise()).bind("status", m.status().name())
        .bind("appliedAt", Sql.instant(m.appliedAt())).bind("decidedAt", Sql.instant(m.decidedAt()))
        .bind("decidedBy", m.decidedBy() == null ? null : m.decidedBy().value())
        .bind("decidedOn", Sql.date(m.decidedOn())).bind("revokedAt", Sql.instant(m.revokedAt()))
        .bind("revokedBy", m.revokedBy() == null ? null : m.revokedBy().value()).bind("reason", m.revokeReason())
        .bind("version", m.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .execute()),
        () -> ConflictException.duplicate("id", m.id().value()));
  }

  @Override
  public Optional<ParentMentor> byId(DistrictCode district, ParentMentorId id) {
    return session.call(h -> h.createQuery("SELECT * FROM parent_mentor WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> mentor(rs)).findOne());
  }

  @Override
  public List<ParentMentor> ofDistrict(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM parent_mentor WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> mentor(rs)).list()).stream().sorted(ORDER).toList();
  }

  @Override
  public ParentMentor update(ParentMentor m) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE parent_mentor SET status = :status, decided_at = :decidedAt,"
              + " decided_by = :decidedBy, decided_on = :decidedOn, revoked_at = :revokedAt, revoked_by = :revokedBy,"
              + " revoke_reason = :reason, version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("status", m.status().name()).bind("decidedAt", Sql.instant(m.decidedAt()))
          .bind("decidedBy", m.decidedBy() == null ? null : m.decidedBy().value())
          .bind("decidedOn", Sql.date(m.decidedOn())).bind("revokedAt", Sql.instant(m.revokedAt()))
          .bind("revokedBy", m.revokedBy() == null ? null : m.revokedBy().value()).bind("reason", m.revokeReason())
          .bind("version", m.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", m.district().value()).bind("id", m.id().value()).execute();
      Sql.updatedOne(rows, h, "parent_mentor", m.district().value(), m.id().value(), "parent mentor");
      return h.createQuery("SELECT * FROM parent_mentor WHERE district_code = :d AND id = :id")
          .bind("d", m.district().value()).bind("id", m.id().value()).map((rs, ctx) -> mentor(rs)).one();
    });
  }

  @Override
  public void addAssignment(MentorAssignment a) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO mentor_assignment (district_code, id, mentor_id,"
            + " kind, title, valid_from, valid_to, assigned_by, assigned_at, created_at, created_by) VALUES (:d, :id,"
            + " :mentor, :kind, :title, :from, :to, :by, :at, :now, :actor)")
        .bind("d", a.district().value()).bind("id", a.id()).bind("mentor", a.mentor().value())
        .bind("kind", a.kind().name()).bind("title", a.title()).bind("from", Sql.date(a.from()))
        .bind("to", Sql.date(a.to())).bind("by", a.assignedBy().value()).bind("at", Sql.instant(a.assignedAt()))
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", a.id()));
  }

  @Override
  public List<MentorAssignment> assignments(DistrictCode district, ParentMentorId mentor) {
    return session.call(h -> h.createQuery("SELECT * FROM mentor_assignment WHERE district_code = :d"
            + " AND mentor_id = :mentor")
        .bind("d", district.value()).bind("mentor", mentor.value())
        .map((rs, ctx) -> new MentorAssignment(rs.getString("id"), DistrictCode.of(rs.getString("district_code")),
            ParentMentorId.of(rs.getString("mentor_id")), AssignmentKind.valueOf(rs.getString("kind")),
            rs.getString("title"), Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"),
            UserId.of(rs.getString("assigned_by")), Sql.instant(rs, "assigned_at")))
        .list()).stream()
        .sorted(Comparator.comparing(MentorAssignment::assignedAt).thenComparing(MentorAssignment::id)).toList();
  }

  @Override
  public void addHours(MentorHours m) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO mentor_hours (district_code, id, mentor_id,"
            + " served_on, hours, note, logged_by, logged_at, created_at, created_by) VALUES (:d, :id, :mentor, :on,"
            + " :hours, :note, :by, :at, :now, :actor)")
        .bind("d", m.district().value()).bind("id", m.id()).bind("mentor", m.mentor().value())
        .bind("on", Sql.date(m.on())).bind("hours", m.hours()).bind("note", m.note())
        .bind("by", m.loggedBy().value()).bind("at", Sql.instant(m.loggedAt()))
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", m.id()));
  }

  @Override
  public List<MentorHours> hours(DistrictCode district, ParentMentorId mentor) {
    return session.call(h -> h.createQuery("SELECT * FROM mentor_hours WHERE district_code = :d"
            + " AND mentor_id = :mentor")
        .bind("d", district.value()).bind("mentor", mentor.value())
        .map((rs, ctx) -> mentorHours(rs))
        .list()).stream().sorted(Comparator.comparing(MentorHours::loggedAt).thenComparing(MentorHours::id)).toList();
  }

  @Override
  public List<MentorHours> hoursBetween(DistrictCode district, java.time.LocalDate from, java.time.LocalDate to) {
    return session.call(h -> h.createQuery("SELECT * FROM mentor_hours WHERE district_code = :d"
            + " AND served_on >= :from AND served_on <= :to")
        .bind("d", district.value()).bind("from", Sql.date(from)).bind("to", Sql.date(to))
        .map((rs, ctx) -> mentorHours(rs))
        .list()).stream().sorted(Comparator.comparing(MentorHours::on).thenComparing(MentorHours::id)).toList();
  }

  private static MentorHours mentorHours(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new MentorHours(rs.getString("id"), DistrictCode.of(rs.getString("district_code")),
        ParentMentorId.of(rs.getString("mentor_id")), Sql.date(rs, "served_on"), Sql.decimal(rs, "hours"),
        rs.getString("note"), UserId.of(rs.getString("logged_by")), Sql.instant(rs, "logged_at"));
  }

  private static ParentMentor mentor(ResultSet rs) throws SQLException {
    return new ParentMentor(ParentMentorId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), GuardianId.of(rs.getString("guardian_id")),
        UserId.of(rs.getString("applicant_id")), rs.getString("expertise"), MentorStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "applied_at"), Sql.instant(rs, "decided_at"), Sql.nullable(rs.getString("decided_by"), UserId::of),
        Sql.date(rs, "decided_on"), Sql.instant(rs, "revoked_at"), Sql.nullable(rs.getString("revoked_by"), UserId::of),
        rs.getString("revoke_reason"), rs.getLong("version"));
  }
}
