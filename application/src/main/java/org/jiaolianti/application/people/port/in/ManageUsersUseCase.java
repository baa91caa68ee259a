package org.jiaolianti.application.people.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * User accounts and their dated, revocable role assignments (MISSION "People and roles"). Only
 * USER_ADMIN manages them once access control is in place (REST issue); every change is recorded.
 */
public interface ManageUsersUseCase {

  User register(RegisterUserCommand command);

  RoleAssignment assign(AssignRoleCommand command);

  /** Revokes an assignment with effect at once; the history is kept. */
  RoleAssignment revoke(RevokeRoleCommand command);

  List<RoleAssignment> assignmentsOf(DistrictCode district, UserId user);

  /** Registers a user, optionally linked to a guardian record (the source of the guardian-of scope). */
  record RegisterUserCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._@-]{2,63}", message = "{jiaolianti.username}") String username,
      @NotBlank @Size(max = 100) String displayName,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String guardianId) {}

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
