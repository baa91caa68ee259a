package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A dated role assignment: a user holds a role in a scope over a period. Revoking it takes effect
 * at once and is kept in the history; it does not rewrite the past (MISSION §4 "Dates").
 *
 * <p>中文：角色授权（限定范围、有效期，可撤销）。
 */
public record RoleAssignment(
    RoleAssignmentId id,
    DistrictCode district,
    UserId user,
    Role role,
    Scope scope,
    DateRange period,
    Revocation revocation,
    long version) {

  public RoleAssignment {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(user, "user");
    requireNonNull(role, "role");
    requireNonNull(scope, "scope");
    checkArgument(role.allows(scope.type()), "role %s cannot have a %s scope (allowed: %s)", role, scope.type(), role.allowedScopes());
    requireNonNull(period, "period");
  }

  public static RoleAssignment grant(RoleAssignmentId id, DistrictCode district, UserId user, Role role, Scope scope, DateRange period) {
    return new RoleAssignment(id, district, user, role, scope, period, null, 0);
  }

  public Optional<Revocation> optionalRevocation() {
    return Optional.ofNullable(revocation);
  }

  public boolean isRevoked() {
    return revocation != null;
  }

  /** In force at {@code instant}: its period contains that day (in {@code zone}) and it was not revoked before then. */
  public boolean isActiveAt(Instant instant, ZoneId zone) {
    LocalDate day = instant.atZone(zone).toLocalDate();
    return period.contains(day) && (revocation == null || instant.isBefore(revocation.revokedAt()));
  }

  /** In force on {@code date} as the records say: a revocation ends it from the day it was made. */
  public boolean isActiveOn(LocalDate date, ZoneId zone) {
    return period.contains(date)
        && (revocation == null || date.isBefore(revocation.revokedAt().atZone(zone).toLocalDate()));
  }

  public RoleAssignment revoked(Revocation r) {
    checkArgument(revocation == null, "assignment %s is already revoked", id);
    return new RoleAssignment(id, district, user, role, scope, period, requireNonNull(r), version);
  }
}
