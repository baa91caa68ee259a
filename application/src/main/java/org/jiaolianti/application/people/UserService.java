package org.jiaolianti.application.people;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.Periods;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Revocation;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/** Registers users and manages their role assignments; a scope must name something that exists. */
public final class UserService implements ManageUsersUseCase {

  private final Policies policies;
  private final Users users;
  private final RoleAssignments assignments;
  private final Roster roster;
  private final Schools schools;
  private final Zones zones;
  private final Partners partners;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public UserService(Policies policies, Users users, RoleAssignments assignments, Roster roster, Schools schools,
      Zones zones, Partners partners, Transactions tx, Clock clock, CommandValidator validator) {
    this.policies = requireNonNull(policies);
    this.users = requireNonNull(users);
    this.assignments = requireNonNull(assignments);
    this.roster = requireNonNull(roster);
    this.schools = requireNonNull(schools);
    this.zones = requireNonNull(zones);
    this.partners = requireNonNull(partners);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public User register(RegisterUserCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    policies.require(district);
    return tx.inTransaction(() -> {
      GuardianId guardian = null;
      if (command.guardianId() != null) {
        guardian = GuardianId.of(command.guardianId());
        if (roster.guardianById(district, guardian).isEmpty()) {
          throw new NotFoundException("guardian", guardian);
        }
      }
      if (users.byUsername(command.username()).isPresent()) {
        throw ConflictException.duplicate("username", command.username());
      }
      User user = User.register(UserId.newId(), district, command.username(), command.displayName().strip(), guardian);
      users.add(user);
      return user;
    });
  }

  @Override
  public List<User> users(DistrictCode district) {
    requireNonNull(district, "district");
    return tx.inTransaction(() -> users.all(district));
  }

  @Override
  public User user(DistrictCode district, UserId id) {
    requireNonNull(district, "district");
    requireNonNull(id, "id");
    return tx.inTransaction(() -> users.byId(district, id).orElseThrow(() -> new NotFoundException("user", id)));
  }

  @Override
  public User update(UpdateUserCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    UserId id = UserId.of(command.userId());
    return tx.inTransaction(() -> {
      User current = users.byId(district, id).orElseThrow(() -> new NotFoundException("user", id));
      if (current.version() != command.version()) {
        throw ConflictException.stale("user", id);
      }
      String displayName = command.displayName() == null ? current.displayName() : command.displayName().strip();
      boolean active = command.active() == null ? current.active() : command.active();
      if (displayName.equals(current.displayName()) && active == current.active()) {
        return current; // nothing changes: no new version
      }
      return users.update(new User(current.id(), district, current.username(), displayName, current.guardian(), active,
          current.version()));
    });
  }

  @Override
  public RoleAssignment assign(AssignRoleCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    if (!command.role().allows(command.scopeType())) {
      throw InvalidInputException.of("scopeType", "RoleScope",
          "角色 " + command.role() + " 只能授予以下范围：" + command.role().allowedScopes(),
          "role " + command.role() + " can only have these scopes: " + command.role().allowedScopes());
    }
    String reference = command.scopeType().needsReference() ? command.scopeReference() : null;
    if (command.scopeType().needsReference() && (reference == null || reference.isBlank())) {
      throw InvalidInputException.of("scopeReference", "NotBlank", "该范围须指明对象", "this scope must name what it covers");
    }
    if (!command.scopeType().needsReference() && command.scopeReference() != null) {
      throw InvalidInputException.of("scopeReference", "Null", "该范围不需指明对象", "this scope names nothing");
    }
    var period = Periods.of(command.validFrom(), command.validTo());
    return tx.inTransaction(() -> {
      UserId userId = UserId.of(command.userId());
      User user = users.byId(district, userId).orElseThrow(() -> new NotFoundException("user", userId));
      requireScopeTarget(district, command.scopeType(), reference, user);
      RoleAssignment assignment = RoleAssignment.grant(RoleAssignmentId.newId(), district, userId, command.role(),
          Scope.of(command.scopeType(), reference), period);
      assignments.add(assignment);
      return assignment;
    });
  }

  /** A scope names an existing zone, school, class, unit or partner of the district. */
  private void requireScopeTarget(DistrictCode district, ScopeType type, String reference, User user) {
    boolean exists = switch (type) {
      case ZONE -> isId(reference) && zones.byId(district, ZoneId.of(reference)).isPresent();
      case SCHOOL, CASELOAD -> isId(reference) && schools.byId(district, SchoolId.of(reference)).isPresent();
      case CLASSES -> isId(reference) && roster.classById(district, ClassId.of(reference)).isPresent();
      case UNIT -> reference.matches("[A-Z][A-Z0-9_]{1,63}")
          && policies.active(district).flatMap(p -> p.unit(UnitCode.of(reference))).isPresent();
      case PARTNER, INSTITUTION -> isId(reference) && partners.byId(district, PartnerId.of(reference)).isPresent();
      case GUARDIAN_OF -> user.linkedGuardian().isPresent();
      case DISTRICT, AGGREGATE_ONLY -> true;
    };
    if (!exists) {
      throw InvalidInputException.of(type == ScopeType.GUARDIAN_OF ? "userId" : "scopeReference", "ScopeTarget",
          type == ScopeType.GUARDIAN_OF ? "该用户未关联家长记录" : "范围对象不存在：" + reference,
          type == ScopeType.GUARDIAN_OF ? "the user is not linked to a guardian record" : "no such scope target: " + reference);
    }
  }

  private static boolean isId(String value) {
    return value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  }

  @Override
  public RoleAssignment revoke(RevokeRoleCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      RoleAssignmentId id = RoleAssignmentId.of(command.assignmentId());
      RoleAssignment assignment = assignments.byId(district, id).orElseThrow(() -> new NotFoundException("role assignment", id));
      if (assignment.isRevoked()) {
        throw InvalidInputException.of("assignmentId", "Revoked", "该授权已撤销", "the assignment is already revoked");
      }
      return assignments.update(assignment.revoked(new Revocation(command.revokedBy(), clock.now(), command.reason())));
    });
  }

  @Override
  public List<RoleAssignment> assignmentsOf(DistrictCode district, UserId user) {
    requireNonNull(district, "district");
    requireNonNull(user, "user");
    return tx.inTransaction(() -> {
      users.byId(district, user).orElseThrow(() -> new NotFoundException("user", user));
      return assignments.ofUser(district, user);
    });
  }

  @Override
  public RoleAssignment assignment(DistrictCode district, UserId user, RoleAssignmentId id) {
    requireNonNull(district, "district");
    requireNonNull(user, "user");
    requireNonNull(id, "id");
    return tx.inTransaction(() -> {
      users.byId(district, user).orElseThrow(() -> new NotFoundException("user", user));
      return assignments.byId(district, id).filter(a -> a.user().equals(user))
          .orElseThrow(() -> new NotFoundException("role assignment", id));
    });
  }
}
