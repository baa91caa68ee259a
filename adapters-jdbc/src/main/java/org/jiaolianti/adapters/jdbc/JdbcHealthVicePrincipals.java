package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipalId;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link HealthVicePrincipals} on {@code health_vice_principal} (V13): inserted once; the only UPDATE sets the end
 * of the period (optimistic on version). Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcHealthVicePrincipals implements HealthVicePrincipals {

  private static final Comparator<HealthVicePrincipal> ORDER =
      Comparator.comparing(HealthVicePrincipal::recordedAt).thenComparing(h -> h.id().value());
  private final JdbcSession session;

  JdbcHealthVicePrincipals(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(HealthVicePrincipal a) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO health_vice_principal (district_code, id,"
            + " school_id, name, institution_id, professional_title, valid_from, valid_to, recorded_by, recorded_at,"
            + " version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :school, :name,"
            + " :institution, :title, :from, :to, :by, :at, :version, :now, :actor, :now, :actor)")
        .bind("d", a.district().value()).bind("id", a.id().value()).bind("school", a.school().value())
        .bind("name", a.name()).bind("institution", a.institution().value()).bind("title", a.professionalTitle())
        .bind("from", Sql.date(a.period().validFrom())).bind("to", Sql.date(a.period().validTo()))
        .bind("by", a.recordedBy().value()).bind("at", Sql.instant(a.recordedAt())).bind("version", a.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", a.id().value()));
  }

  @Override
  public Optional<HealthVicePrincipal> byId(DistrictCode district, HealthVicePrincipalId id) {
    return session.call(h -> h.createQuery("SELECT * FROM health_vice_principal WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> appointment(rs)).findOne());
  }

  @Override
  public List<HealthVicePrincipal> ofDistrict(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM health_vice_principal WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> appointment(rs)).list()).stream().sorted(ORDER).toList();
  }

  @Override
  public HealthVicePrincipal update(HealthVicePrincipal a) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE health_vice_principal SET valid_to = :to, version = :version + 1,"
              + " changed_at = :now, changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version")
          .bind("to", Sql.date(a.period().validTo())).bind("version", a.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", a.district().value()).bind("id", a.id().value()).execute();
      Sql.updatedOne(rows, h, "health_vice_principal", a.district().value(), a.id().value(),
          "health vice-principal");
      return h.createQuery("SELECT * FROM health_vice_principal WHERE district_code = :d AND id = :id")
          .bind("d", a.district().value()).bind("id", a.id().value()).map((rs, ctx) -> appointment(rs)).one();
    });
  }

  private static HealthVicePrincipal appointment(ResultSet rs) throws SQLException {
    return new HealthVicePrincipal(HealthVicePrincipalId.of(rs.getString("id")),
        DistrictCode.of(rs.getString("district_code")), SchoolId.of(rs.getString("school_id")), rs.getString("name"),
        PartnerId.of(rs.getString("institution_id")), rs.getString("professional_title"),
        DateRange.of(Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to")), UserId.of(rs.getString("recorded_by")),
        Sql.instant(rs, "recorded_at"), rs.getLong("version"));
  }
}
