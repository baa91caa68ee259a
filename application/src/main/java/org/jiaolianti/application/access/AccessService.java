package org.jiaolianti.application.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotAuthenticatedException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.AccessRules;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.access.Verdict;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access control over storage: the actor is read per request; the decision is {@link AccessRules#decide}
 * over the actor's grants, whose scopes are resolved from the records in force on the actor's date.
 */
public final class AccessService implements AccessControl {

  private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);

  /** The district's zone when it has no active policy to say so. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Users users;
  private final RoleAssignments assignments;
  private final Policies policies;
  private final ScopeResolver resolver;
  private final Transactions tx;
  private final Clock clock;

  public AccessService(Users users, RoleAssignments assignments, Policies policies, Zones zones, Partners partners,
      DockingAgreements agreements, Roster roster, Transactions tx, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.assignments = requireNonNull(assignments, "assignments");
    this.policies = requireNonNull(policies, "policies");
    this.resolver = new ScopeResolver(zones, partners, agreements, roster);
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Actor actor(String username) {
    if (username == null || username.isBlank() || username.length() > 64) {
      throw new NotAuthenticatedException();
    }
    return tx.inTransaction(() -> {
      User user = users.byUsername(username).filter(User::active).orElseThrow(NotAuthenticatedException::new);
      ZoneId zone = policies.active(user.district()).map(p -> p.document().timeZone()).orElse(DEFAULT_ZONE);
      Instant now = clock.now();
      LocalDate today = now.atZone(zone).toLocalDate();
      List<RoleAssignment> active = assignments.ofUser(user.district(), user.id()).stream()
          .filter(a -> a.user().equals(user.id()) && a.district().equals(user.district()))
          .filter(a -> a.isActiveAt(now, zone))
          .toList();
      return new Actor(user, active, today);
    });
  }

  @Override
  public void check(Actor actor, Action action, Target target) {
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireNonNull(target, "target");
    Verdict verdict = tx.inTransaction(
        () -> AccessRules.decide(actor.district(), actor.userId(), resolver.grants(actor), action, target));
    if (verdict == Verdict.ALLOWED) {
      return;
    }
    LOG.debug("access {}: user {} {} {}", verdict, actor.userId(), action, target);
    if (verdict == Verdict.FORBIDDEN) {
      throw new ForbiddenException(Bilingual.of("无权执行此操作：" + action.label().zh(),
          "not permitted to " + action.label().en()));
    }
    throw notFound(target);
  }

  /** The same answer as for an unknown id of that kind. */
  private static NotFoundException notFound(Target target) {
    if (target instanceof Target.School s) {
      return new NotFoundException("school", s.school());
    }
    if (target instanceof Target.Zone z) {
      return new NotFoundException("zone", z.zone());
    }
    if (target instanceof Target.Partner p) {
      return new NotFoundException("partner", p.partner());
    }
    if (target instanceof Target.User u) {
      return new NotFoundException("user", u.user());
    }
    // A district not served to this caller answers like a district without an active policy.
    return new NotFoundException("policy", target.district());
  }

  @Override
  public Visibility visibility(Actor actor, Action action) {
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    return new Visibility(tx.inTransaction(
        () -> AccessRules.coverage(actor.district(), actor.userId(), resolver.grants(actor), action)));
  }
}
