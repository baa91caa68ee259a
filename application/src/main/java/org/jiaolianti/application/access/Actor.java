package org.jiaolianti.application.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The signed-in user of one request, with the role assignments in force today, as read from storage for
 * that request ({@link org.jiaolianti.application.access.AccessControl#actor}). Build one per
 * request: a role revoked since then does not count on the next one.
 *
 * <p>中文：当前登录用户及其今日有效的角色授权。
 *
 * @param today the district's date (Asia/Shanghai for Xiang'an) the assignments were found active on
 */
public record Actor(User user, List<RoleAssignment> activeAssignments, LocalDate today) {

  public Actor {
    requireNonNull(user, "user");
    requireNonNull(today, "today");
    activeAssignments = List.copyOf(activeAssignments);
    checkArgument(user.active(), "user %s is deactivated", user.id());
    for (RoleAssignment a : activeAssignments) {
      checkArgument(a.user().equals(user.id()) && a.district().equals(user.district()),
          "assignment %s is not one of user %s", a.id(), user.id());
      checkArgument(a.period().contains(today), "assignment %s is not in force on %s", a.id(), today);
    }
  }

  public UserId userId() {
    return user.id();
  }

  public DistrictCode district() {
    return user.district();
  }

  /** The roles held today (through at least one active assignment). */
  public Set<Role> roles() {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    activeAssignments.forEach(a -> roles.add(a.role()));
    return Sets.immutableEnumSet(roles);
  }

  public boolean has(Role role) {
    return activeAssignments.stream().anyMatch(a -> a.role() == role);
  }

  /** The scopes in which {@code role} is held today. */
  public List<Scope> scopesOf(Role role) {
    return activeAssignments.stream().filter(a -> a.role() == role).map(RoleAssignment::scope).distinct().toList();
  }

  /** The references (school, class, … ids) of the scopes of {@code type} in which {@code role} is held today. */
  public java.util.Set<String> references(Role role, org.jiaolianti.domain.access.ScopeType type) {
    java.util.Set<String> refs = new java.util.LinkedHashSet<>();
    scopesOf(role).stream().filter(s -> s.type() == type).map(Scope::reference).forEach(refs::add);
    return refs;
  }
}
