package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link Schools} on table {@code school}; unique by (district, 学校标识码). */
public final class JdbcSchools implements Schools {

  private static final String INSERT = "INSERT INTO school (district_code, id, code, name, school_type, town_code,"
      + " opened_on, closed_on, version, created_at, created_by, changed_at, changed_by)"
      + " VALUES (:d, :id, :code, :name, :type, :town, :openedOn, :closedOn, :version, :now, :actor, :now, :actor)";

  private final JdbcSession session;

  JdbcSchools(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(School school) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate(INSERT), school).execute()),
        () -> ConflictException.duplicate("code", school.code()));
  }

  @Override
  public void addAll(List<School> schools) {
    Sql.unique(() -> session.run(h -> Sql.batch(h, INSERT, schools, this::bind)), () -> Sql.duplicateInBatch("code"));
  }

  private <S extends SqlStatement<S>> S bind(S statement, School school) {
    return statement.bind("d", school.district().value()).bind("id", school.id().value())
        .bind("code", school.code()).bind("name", school.name()).bind("type", school.type().name())
        .bind("town", school.town().value()).bind("openedOn", Sql.date(school.openedOn()))
        .bind("closedOn", Sql.date(school.closedOn())).bind("version", school.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public School update(School school) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE school SET name = :name, school_type = :type, town_code = :town,"
              + " opened_on = :openedOn, closed_on = :closedOn, version = :version + 1, changed_at = :now,"
              + " changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version")
          .bind("d", school.district().value()).bind("id", school.id().value()).bind("name", school.name())
          .bind("type", school.type().name()).bind("town", school.town().value())
          .bind("openedOn", Sql.date(school.openedOn())).bind("closedOn", Sql.date(school.closedOn()))
          .bind("version", school.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .execute();
      Sql.updatedOne(rows, h, "school", school.district().value(), school.id().value(), "school");
      return new School(school.id(), school.district(), school.code(), school.name(), school.type(), school.town(),
          school.openedOn(), school.closedOn(), school.version() + 1);
    });
  }

  @Override
  public Optional<School> byId(DistrictCode district, SchoolId id) {
    return session.call(h -> h.createQuery("SELECT * FROM school WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> school(rs)).findOne());
  }

  @Override
  public Optional<School> byCode(DistrictCode district, String code) {
    return session.call(h -> h.createQuery("SELECT * FROM school WHERE district_code = :d AND code = :code")
        .bind("d", district.value()).bind("code", code).map((rs, ctx) -> school(rs)).findOne());
  }

  @Override
  public List<School> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM school WHERE district_code = :d ORDER BY code")
        .bind("d", district.value()).map((rs, ctx) -> school(rs)).list());
  }

  private static School school(ResultSet rs) throws SQLException {
    return new School(SchoolId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        rs.getString("code"), rs.getString("name"), SchoolType.valueOf(rs.getString("school_type")),
        TownCode.of(rs.getString("town_code")), Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"),
        rs.getLong("version"));
  }
}
