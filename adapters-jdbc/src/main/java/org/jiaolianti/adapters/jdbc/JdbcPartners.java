package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link Partners} on table {@code partner}. */
public final class JdbcPartners implements Partners {

  private static final String INSERT = "INSERT INTO partner (district_code, id, kind, name, unit_code, town_code,"
      + " resource_kind, version, created_at, created_by, changed_at, changed_by)"
      + " VALUES (:d, :id, :kind, :name, :unit, :town, :resourceKind, :version, :now, :actor, :now, :actor)";

  private final JdbcSession session;

  JdbcPartners(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Partner partner) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate(INSERT), partner).execute()),
        () -> ConflictException.duplicate("id", partner.id().value()));
  }

  @Override
  public void addAll(List<Partner> partners) {
    Sql.unique(() -> session.run(h -> Sql.batch(h, INSERT, partners, this::bind)), () -> Sql.duplicateInBatch("id"));
  }

  private <S extends SqlStatement<S>> S bind(S statement, Partner p) {
    return statement.bind("d", p.district().value()).bind("id", p.id().value()).bind("kind", p.kind().name())
        .bind("name", p.name()).bind("unit", p.unit() == null ? null : p.unit().value())
        .bind("town", p.town() == null ? null : p.town().value()).bind("resourceKind", Sql.name(p.resourceKind()))
        .bind("version", p.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public Partner update(Partner partner) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE partner SET kind = :kind, name = :name, unit_code = :unit,"
          + " town_code = :town, resource_kind = :resourceKind, version = :version + 1, changed_at = :now,"
          + " changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version"), partner).execute();
      Sql.updatedOne(rows, h, "partner", partner.district().value(), partner.id().value(), "partner");
      return new Partner(partner.id(), partner.district(), partner.kind(), partner.name(), partner.unit(),
          partner.town(), partner.resourceKind(), partner.version() + 1);
    });
  }

  @Override
  public Optional<Partner> byId(DistrictCode district, PartnerId id) {
    return session.call(h -> h.createQuery("SELECT * FROM partner WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> partner(rs)).findOne());
  }

  @Override
  public List<Partner> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM partner WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> partner(rs)).list())
        .stream().sorted(java.util.Comparator.comparing(Partner::name).thenComparing(p -> p.id().value())).toList();
  }

  private static Partner partner(ResultSet rs) throws SQLException {
    return new Partner(PartnerId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        PartnerKind.valueOf(rs.getString("kind")), rs.getString("name"),
        Sql.nullable(rs.getString("unit_code"), UnitCode::of), Sql.nullable(rs.getString("town_code"), TownCode::of),
        Sql.nullable(rs.getString("resource_kind"), SocialResourceKind::valueOf), rs.getLong("version"));
  }
}
