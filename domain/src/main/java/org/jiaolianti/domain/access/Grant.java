package org.jiaolianti.domain.access;

import static java.util.Objects.requireNonNull;

/**
 * One role a user holds today in one scope, with what that scope reaches. {@link #own()} and {@link
 * #related()} may be computed lazily: the rules ask for them only when a permission's {@link Reach}
 * needs them (never for district-wide permissions).
 *
 * <p>中文：有效授权（角色 + 范围）。
 */
public interface Grant {

  Role role();

  Scope scope();

  /**
   * What the scope itself names: for a zone, the zone and its member schools; for a school, class or
   * caseload, the school; for guardian-of, the schools of the linked students; for a partner or an
   * institution, the partner; for a unit, the unit's department partners.
   */
  ScopeFootprint own();

  /**
   * What the scope is related to through the records in force: for a zone, the partners docking with
   * its member schools; for a school, class or caseload, the school's zone and the partners docking
   * with it; for a partner or unit, the schools its partners dock with. Empty for other scopes.
   */
  ScopeFootprint related();

  /** A grant with footprints already resolved. */
  static Grant of(Role role, Scope scope, ScopeFootprint own, ScopeFootprint related) {
    return new Resolved(role, scope, own, related);
  }

  /** A grant with footprints already resolved. */
  record Resolved(Role role, Scope scope, ScopeFootprint own, ScopeFootprint related) implements Grant {
    public Resolved {
      requireNonNull(role, "role");
      requireNonNull(scope, "scope");
      requireNonNull(own, "own");
      requireNonNull(related, "related");
    }
  }
}
