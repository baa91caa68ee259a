package org.jiaolianti.adapters.rest.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jiaolianti.domain.people.Revocation;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;

/** The JSON shapes of the user resources. */
final class UserViews {

  /** Instants are shown in the district's zone (API.md: Asia/Shanghai). */
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private UserViews() {}

  /** A user account; {@code guardianId} links it to a guardian record (the source of the guardian-of scope). */
  record UserView(String id, String username, String displayName, String guardianId, boolean active) {
    static UserView of(User u) {
      return new UserView(u.id().value(), u.username(), u.displayName(),
          u.guardian() == null ? null : u.guardian().value(), u.active());
    }
  }

  /** Who revoked an assignment, when (effective at once) and why. */
  record RevocationView(String revokedBy, OffsetDateTime revokedAt, String reason) {
    static RevocationView of(Revocation r) {
      return r == null ? null : new RevocationView(r.revokedBy(), r.revokedAt().atZone(DISTRICT_ZONE).toOffsetDateTime(),
          r.reason());
    }
  }

  /**
   * The state of an assignment on a day, derived from its dates and revocation (never stored): REVOKED,
   * UPCOMING (starts later), ENDED (ended before), or ACTIVE.
   */
  enum AssignmentStatus {
    ACTIVE,
    UPCOMING,
    ENDED,
    REVOKED;

    static AssignmentStatus of(RoleAssignment a, LocalDate today) {
      if (a.isRevoked()) {
        return REVOKED;
      }
      if (today.isBefore(a.period().validFrom())) {
        return UPCOMING;
      }
      if (a.period().validTo() != null && today.isAfter(a.period().validTo())) {
        return ENDED;
      }
      return ACTIVE;
    }
  }

  /** A dated role assignment; {@code status} is derived for the caller's today. */
  record RoleAssignmentView(String id, String userId, String role, String scopeType, String scopeReference,
      LocalDate validFrom, LocalDate validTo, AssignmentStatus status, boolean revoked, RevocationView revocation) {
    static RoleAssignmentView of(RoleAssignment a, LocalDate today) {
      return new RoleAssignmentView(a.id().value(), a.user().value(), a.role().name(), a.scope().type().name(),
          a.scope().reference(), a.period().validFrom(), a.period().validTo(), AssignmentStatus.of(a, today),
          a.isRevoked(), RevocationView.of(a.revocation()));
    }
  }
}
