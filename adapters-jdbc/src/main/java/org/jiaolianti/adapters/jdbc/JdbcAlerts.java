package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertId;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Alerts} on {@code alert} (V21): inserted once; one UPDATE sets the read mark (only if unset), the other
 * the outbound columns, so the recipient and the dispatcher never overwrite each other. Ties are broken by id.
 */
final class JdbcAlerts implements Alerts {

  private final JdbcSession session;

  JdbcAlerts(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Alert a) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO alert (district_code, id, recipient_id,"
            + " guardian_id, student_id, kind, subject_type, subject_id, text_zh, text_en, created_at, read_at,"
            + " sent_at, attempts, next_attempt_at, last_error, changed_at, changed_by) VALUES (:d, :id, :recipient,"
            + " :guardian, :student, :kind, :subjectType, :subjectId, :zh, :en, :created, :read, :sent, :attempts,"
            + " :next, :error, :now, :actor)")
        .bind("d", a.district().value()).bind("id", a.id().value())
        .bind("recipient", a.recipient() == null ? null : a.recipient().value())
        .bind("guardian", a.guardian() == null ? null : a.guardian().value())
        .bind("student", a.student() == null ? null : a.student().value()).bind("kind", a.kind().name())
        .bind("subjectType", a.subjectType()).bind("subjectId", a.subjectId()).bind("zh", a.text().zh())
        .bind("en", a.text().en()).bind("created", Sql.instant(a.createdAt())).bind("read", Sql.instant(a.readAt()))
        .bind("sent", Sql.instant(a.sentAt())).bind("attempts", a.attempts())
        .bind("next", Sql.instant(a.nextAttemptAt())).bind("error", a.lastError())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", a.id().value()));
  }

  @Override
  public Optional<Alert> byId(DistrictCode district, AlertId id) {
    return session.call(h -> h.createQuery("SELECT * FROM alert WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> alert(rs)).findOne());
  }

  @Override
  public List<Alert> ofRecipient(DistrictCode district, UserId recipient, boolean unreadOnly, int offset,
      int limit) {
    return session.call(h -> h.createQuery("SELECT * FROM alert WHERE district_code = :d AND recipient_id = :r"
            + (unreadOnly ? " AND read_at IS NULL" : "")
            + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .bind("d", district.value()).bind("r", recipient.value()).bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> alert(rs)).list());
  }

  @Override
  public long countOfRecipient(DistrictCode district, UserId recipient, boolean unreadOnly) {
    return session.call(h -> h.createQuery("SELECT COUNT(*) FROM alert WHERE district_code = :d"
            + " AND recipient_id = :r" + (unreadOnly ? " AND read_at IS NULL" : ""))
        .bind("d", district.value()).bind("r", recipient.value()).mapTo(Long.class).one());
  }

  @Override
  public void markRead(DistrictCode district, AlertId id, Instant at) {
    session.run(h -> h.createUpdate("UPDATE alert SET read_at = :at, changed_at = :now, changed_by = :actor"
            + " WHERE district_code = :d AND id = :id AND read_at IS NULL AND recipient_id IS NOT NULL")
        .bind("at", Sql.instant(at)).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .bind("d", district.value()).bind("id", id.value()).execute());
  }

  @Override
  public List<Alert> dueOutbound(Instant now, int limit) {
    return session.call(h -> h.createQuery("SELECT * FROM alert WHERE next_attempt_at <= :now"
            + " AND sent_at IS NULL AND guardian_id IS NOT NULL ORDER BY next_attempt_at, id LIMIT :limit")
        .bind("now", Sql.instant(now)).bind("limit", limit).map((rs, ctx) -> alert(rs)).list());
  }

  @Override
  public void recordOutbound(Alert a) {
    session.run(h -> h.createUpdate("UPDATE alert SET sent_at = :sent, attempts = :attempts,"
            + " next_attempt_at = :next, last_error = :error, changed_at = :now, changed_by = :actor"
            + " WHERE district_code = :d AND id = :id")
        .bind("sent", Sql.instant(a.sentAt())).bind("attempts", a.attempts())
        .bind("next", Sql.instant(a.nextAttemptAt())).bind("error", a.lastError())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .bind("d", a.district().value()).bind("id", a.id().value()).execute());
  }

  private static Alert alert(ResultSet rs) throws SQLException {
    return new Alert(AlertId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        Sql.nullable(rs.getString("recipient_id"), UserId::of), Sql.nullable(rs.getString("guardian_id"),
        GuardianId::of), Sql.nullable(rs.getString("student_id"), StudentId::of),
        AlertKind.valueOf(rs.getString("kind")), rs.getString("subject_type"), rs.getString("subject_id"),
        Bilingual.of(rs.getString("text_zh"), rs.getString("text_en")), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "read_at"), Sql.instant(rs, "sent_at"), rs.getInt("attempts"),
        Sql.instant(rs, "next_attempt_at"), rs.getString("last_error"));
  }
}
