package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link Towns} on table {@code town}. */
public final class JdbcTowns implements Towns {

  private static final String INSERT = "INSERT INTO town (district_code, code, name, kind, created_at, created_by)"
      + " VALUES (:d, :code, :name, :kind, :now, :actor)";

  private final JdbcSession session;

  JdbcTowns(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Town town) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate(INSERT), town).execute()),
        () -> ConflictException.duplicate("code", town.code().value()));
  }

  @Override
  public void addAll(List<Town> towns) {
    Sql.unique(() -> session.run(h -> Sql.batch(h, INSERT, towns, this::bind)), () -> Sql.duplicateInBatch("code"));
  }

  private <S extends SqlStatement<S>> S bind(S statement, Town town) {
    return statement.bind("d", town.district().value()).bind("code", town.code().value()).bind("name", town.name())
        .bind("kind", town.kind().name()).bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public Optional<Town> byCode(DistrictCode district, TownCode code) {
    return session.call(h -> h.createQuery("SELECT * FROM town WHERE district_code = :d AND code = :code")
        .bind("d", district.value()).bind("code", code.value()).map((rs, ctx) -> town(rs)).findOne());
  }

  @Override
  public List<Town> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM town WHERE district_code = :d ORDER BY code")
        .bind("d", district.value()).map((rs, ctx) -> town(rs)).list());
  }

  private static Town town(ResultSet rs) throws SQLException {
    return new Town(TownCode.of(rs.getString("code")), DistrictCode.of(rs.getString("district_code")),
        rs.getString("name"), TownKind.valueOf(rs.getString("kind")));
  }
}
