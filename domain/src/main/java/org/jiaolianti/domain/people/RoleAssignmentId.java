package org.jiaolianti.domain.people;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a role assignment. */
public record RoleAssignmentId(String value) {
  public RoleAssignmentId {
    Ids.check(value, "RoleAssignmentId");
  }

  public static RoleAssignmentId of(String value) {
    return new RoleAssignmentId(value);
  }

  public static RoleAssignmentId newId() {
    return new RoleAssignmentId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
