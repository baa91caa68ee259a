package org.jiaolianti.application.people.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * User accounts and their dated, revocable role assignments (MISSION "People and roles"). Only
 * USER_ADMIN manages them once access control is in place (REST issue); every change is recorded.
 */
public interface ManageUsersUseCase {

  User register(RegisterUserCommand command);

  /** The district's users, deactivated ones included, ordered by username. */
  List<User> users(DistrictCode district);

  /**
   * One user of the district.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the district has no user with that id
   */
  User user(DistrictCode district, UserId id);

  /**
   * Changes a user's display name and/or deactivates or reactivates the account, based on the version the
   * caller read. A deactivated user cannot sign in (their next request is refused); their assignments and
   * history are kept, so reactivating restores them.
   *
   * @throws org.jiaolianti.application.shared.ConflictException {@code STALE_VERSION} if the user changed since
   *     {@code version} was read
   */
  User update(UpdateUserCommand command);

  RoleAssignment assign(AssignRoleCommand command);

  /** Revokes an assignment with effect at once; the history is kept. */
  RoleAssignment revoke(RevokeRoleCommand command);

  /** Every assignment of the user, revoked and ended ones included. */
  List<RoleAssignment> assignmentsOf(DistrictCode district, UserId user);

  /**
   * One assignment of the user.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the user or the assignment is unknown, or
   *     the assignment is another user's
   */
  RoleAssignment assignment(DistrictCode district, UserId user, RoleAssignmentId id);

  /** Registers a user, optionally linked to a guardian record (the source of the guardian-of scope). */
  record RegisterUserCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._@-]{2,63}", message = "{jiaolianti.username}") String username,
      @NotBlank @Size(max = 100) String displayName,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String guardianId) {}

  /**
   * Changes a user: a field left null is left unchanged ({@code displayName} renames, {@code active} false
   * deactivates and true reactivates). {@code version} is the version the change is based on.
   */
  record UpdateUserCommand(
      @DistrictKey String district,
      @RecordId String userId,
      @PositiveOrZero long version,
      @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
      String displayName,
      Boolean active) {}

  /** Grants {@code role} in a scope from {@code validFrom}, optionally to {@code validTo}. */
  record AssignRoleCommand(
      @DistrictKey String district,
      @RecordId String userId,
      @NotNull Role role,
      @NotNull ScopeType scopeType,
      @Size(max = 64) String scopeReference,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** Revokes an assignment. */
  record RevokeRoleCommand(
      @DistrictKey String district,
      @RecordId String assignmentId,
      @NotBlank @Size(max = 100) String revokedBy,
      @NotBlank @Size(max = 500) String reason) {}
}
