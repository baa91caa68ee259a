package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.milestone.port.out.TypicalCases;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseId;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link TypicalCases} on table {@code typical_case}; cases are voided, never deleted. */
public final class JdbcTypicalCases implements TypicalCases {

  private final JdbcSession session;

  JdbcTypicalCases(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(TypicalCase c) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate("INSERT INTO typical_case (district_code, id, title, kind,"
        + " collaborations, from_school_id, from_unit, selected_on, voided_by, voided_at, void_reason, version,"
        + " created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :title, :kind, :collaborations, :school,"
        + " :unit, :selectedOn, :voidedBy, :voidedAt, :voidReason, :version, :now, :actor, :now, :actor)"), c)
        .execute()), () -> ConflictException.duplicate("id", c.id().value()));
  }

  private <S extends SqlStatement<S>> S bind(S statement, TypicalCase c) {
    return Sql.voiding(statement, c.voiding()).bind("d", c.district().value()).bind("id", c.id().value()).bind("title", c.title())
        .bind("kind", c.kind().name()).bind("collaborations", Sql.enumSet(c.collaborations()))
        .bind("school", c.fromSchool() == null ? null : c.fromSchool().value())
        .bind("unit", c.fromUnit() == null ? null : c.fromUnit().value()).bind("selectedOn", Sql.date(c.selectedOn())).bind("version", c.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public TypicalCase update(TypicalCase c) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE typical_case SET title = :title, kind = :kind,"
          + " collaborations = :collaborations, from_school_id = :school, from_unit = :unit, selected_on = :selectedOn,"
          + " voided_by = :voidedBy, voided_at = :voidedAt, void_reason = :voidReason, version = :version + 1,"
          + " changed_at = :now, changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version"), c)
          .execute();
      Sql.updatedOne(rows, h, "typical_case", c.district().value(), c.id().value(), "typical case");
      return new TypicalCase(c.id(), c.district(), c.title(), c.kind(), c.collaborations(), c.fromSchool(), c.fromUnit(),
          c.selectedOn(), c.voiding(), c.version() + 1);
    });
  }

  @Override
  public Optional<TypicalCase> byId(DistrictCode district, TypicalCaseId id) {
    return session.call(h -> h.createQuery("SELECT * FROM typical_case WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> typicalCase(rs)).findOne());
  }

  @Override
  public List<TypicalCase> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM typical_case WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> typicalCase(rs)).list())
        .stream().sorted(Comparator.comparing(TypicalCase::selectedOn).thenComparing(c -> c.id().value())).toList();
  }

  private static TypicalCase typicalCase(ResultSet rs) throws SQLException {
    return new TypicalCase(TypicalCaseId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        rs.getString("title"), TypicalCaseKind.valueOf(rs.getString("kind")),
        Sql.enumSet(rs.getString("collaborations"), Collaboration.class),
        Sql.nullable(rs.getString("from_school_id"), SchoolId::of), Sql.nullable(rs.getString("from_unit"), UnitCode::of),
        Sql.date(rs, "selected_on"), Sql.voiding(rs), rs.getLong("version"));
  }
}
