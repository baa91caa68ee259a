package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link RoleAssignments} on table {@code role_assignment}; revoked ones stay in the history. */
public final class JdbcRoleAssignments implements RoleAssignments {

  private final JdbcSession session;

  JdbcRoleAssignments(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(RoleAssignment assignment) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate("INSERT INTO role_assignment (district_code, id, user_id,"
        + " role, scope_type, scope_ref, valid_from, valid_to, revoked_by, revoked_at, revoke_reason, version,"
        + " created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :user, :role, :scopeType, :scopeRef,"
        + " :from, :to, :revokedBy, :revokedAt, :revokeReason, :version, :now, :actor, :now, :actor)"), assignment)
        .execute()), () -> ConflictException.duplicate("id", assignment.id().value()));
  }

  private <S extends SqlStatement<S>> S bind(S statement, RoleAssignment a) {
    return statement.bind("d", a.district().value()).bind("id", a.id().value()).bind("user", a.user().value())
        .bind("role", a.role().name()).bind("scopeType", a.scope().type().name())
        .bind("scopeRef", a.scope().reference()).bind("from", Sql.date(a.period().validFrom()))
        .bind("to", Sql.date(a.period().validTo()))
        .bind("revokedBy", a.revocation() == null ? null : a.revocation().revokedBy())
        .bind("revokedAt", Sql.instant(a.revocation() == null ? null : a.revocation().revokedAt()))
        .bind("revokeReason", a.revocation() == null ? null : a.revocation().reason()).bind("version", a.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public RoleAssignment update(RoleAssignment assignment) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE role_assignment SET role = :role, scope_type = :scopeType,"
          + " scope_ref = :scopeRef, valid_from = :from, valid_to = :to, revoked_by = :revokedBy,"
          + " revoked_at = :revokedAt, revoke_reason = :revokeReason, version = :version + 1, changed_at = :now,"
          + " changed_by = :actor WHERE district_code = :d AND id = :id AND user_id = :user AND version = :version"),
          assignment).execute();
      Sql.updatedOne(rows, h, "role_assignment", assignment.district().value(), assignment.id().value(),
          "role assignment");
      RoleAssignment a = assignment;
      return new RoleAssignment(a.id(), a.district(), a.user(), a.role(), a.scope(), a.period(), a.revocation(),
          a.version() + 1);
    });
  }

  @Override
  public Optional<RoleAssignment> byId(DistrictCode district, RoleAssignmentId id) {
    return session.call(h -> h.createQuery("SELECT * FROM role_assignment WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> assignment(rs)).findOne());
  }

  @Override
  public List<RoleAssignment> ofUser(DistrictCode district, UserId user) {
    return session.call(h -> h.createQuery("SELECT * FROM role_assignment WHERE district_code = :d AND user_id = :user")
        .bind("d", district.value()).bind("user", user.value()).map((rs, ctx) -> assignment(rs)).list())
        .stream().sorted(java.util.Comparator.comparing((RoleAssignment a) -> a.period().validFrom())
            .thenComparing(a -> a.id().value())).toList();
  }

  private static RoleAssignment assignment(ResultSet rs) throws SQLException {
    return new RoleAssignment(RoleAssignmentId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        UserId.of(rs.getString("user_id")), Role.valueOf(rs.getString("role")),
        Scope.of(ScopeType.valueOf(rs.getString("scope_type")), rs.getString("scope_ref")), Sql.period(rs),
        Sql.revocation(rs), rs.getLong("version"));
  }
}
