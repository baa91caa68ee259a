package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.consent.port.out.Consents;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Consents} on {@code consent} (V13): inserted once; the only UPDATE sets the revocation columns
 * (optimistic on version). Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcConsents implements Consents {

  private static final Comparator<Consent> ORDER =
      Comparator.comparing(Consent::recordedAt).thenComparing(c -> c.id().value());
  private final JdbcSession session;

  JdbcConsents(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Consent c) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO consent (district_code, id, student_id, purpose,"
            + " grantor_kind, guardian_id, method, granted_on, recorded_by, recorded_at, revoked_on, revoked_by,"
            + " revoked_at, revoke_method, version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id,"
            + " :student, :purpose, :kind, :guardian, :method, :grantedOn, :recordedBy, :recordedAt, :revokedOn,"
            + " :revokedBy, :revokedAt, :revokeMethod, :version, :now, :actor, :now, :actor)")
        .bind("d", c.district().value()).bind("id", c.id().value()).bind("student", c.student().value())
        .bind("purpose", c.purpose().name()).bind("kind", c.grantorKind().name())
        .bind("guardian", c.guardian() == null ? null : c.guardian().value()).bind("method", c.method().name())
        .bind("grantedOn", Sql.date(c.grantedOn())).bind("recordedBy", c.recordedBy().value())
        .bind("recordedAt", Sql.instant(c.recordedAt())).bind("revokedOn", Sql.date(c.revokedOn()))
        .bind("revokedBy", c.revokedBy() == null ? null : c.revokedBy().value())
        .bind("revokedAt", Sql.instant(c.revokedAt()))
        .bind("revokeMethod", c.revokeMethod() == null ? null : c.revokeMethod().name())
        .bind("version", c.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .execute()),
        () -> ConflictException.duplicate("id", c.id().value()));
  }

  @Override
  public Optional<Consent> byId(DistrictCode district, ConsentId id) {
    return session.call(h -> h.createQuery("SELECT * FROM consent WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> consent(rs)).findOne());
  }

  @Override
  public List<Consent> ofStudent(DistrictCode district, StudentId student) {
    return session.call(h -> h.createQuery("SELECT * FROM consent WHERE district_code = :d AND student_id = :s")
        .bind("d", district.value()).bind("s", student.value()).map((rs, ctx) -> consent(rs)).list()).stream()
        .sorted(ORDER).toList();
  }

  @Override
  public Consent update(Consent c) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE consent SET revoked_on = :revokedOn, revoked_by = :revokedBy,"
              + " revoked_at = :revokedAt, revoke_method = :revokeMethod, version = :version + 1, changed_at = :now,"
              + " changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version")
          .bind("revokedOn", Sql.date(c.revokedOn()))
          .bind("revokedBy", c.revokedBy() == null ? null : c.revokedBy().value())
          .bind("revokedAt", Sql.instant(c.revokedAt()))
          .bind("revokeMethod", c.revokeMethod() == null ? null : c.revokeMethod().name())
          .bind("version", c.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", c.district().value()).bind("id", c.id().value()).execute();
      Sql.updatedOne(rows, h, "consent", c.district().value(), c.id().value(), "consent");
      return h.createQuery("SELECT * FROM consent WHERE district_code = :d AND id = :id")
          .bind("d", c.district().value()).bind("id", c.id().value()).map((rs, ctx) -> consent(rs)).one();
    });
  }

  private static Consent consent(ResultSet rs) throws SQLException {
    String guardian = rs.getString("guardian_id");
    String revokedBy = rs.getString("revoked_by");
    String revokeMethod = rs.getString("revoke_method");
    return new Consent(ConsentId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        StudentId.of(rs.getString("student_id")), ConsentPurpose.valueOf(rs.getString("purpose")),
        GrantorKind.valueOf(rs.getString("grantor_kind")), guardian == null ? null : GuardianId.of(guardian),
        ConsentMethod.valueOf(rs.getString("method")), Sql.date(rs, "granted_on"),
        UserId.of(rs.getString("recorded_by")), Sql.instant(rs, "recorded_at"), Sql.date(rs, "revoked_on"),
        revokedBy == null ? null : UserId.of(revokedBy), Sql.instant(rs, "revoked_at"),
        revokeMethod == null ? null : ConsentMethod.valueOf(revokeMethod), rs.getLong("version"));
  }
}
