package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A person who signs in. What they may do comes from their role assignments, read per request. A
 * user may be linked to a guardian record, the source of the guardian-of scope.
 *
 * <p>中文：用户账号。
 */
public record User(UserId id, DistrictCode district, String username, String displayName, GuardianId guardian,
    boolean active, long version) {

  public User {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    checkArgument(username != null && username.matches("[a-z0-9][a-z0-9._@-]{2,63}"),
        "username must be 3-64 lower-case letters, digits or . _ @ -, was '%s'", username);
    checkArgument(displayName != null && !displayName.isBlank() && displayName.length() <= 100,
        "display name must be 1-100 characters");
  }

  public static User register(UserId id, DistrictCode district, String username, String displayName, GuardianId guardian) {
    return new User(id, district, username, displayName, guardian, true, 0);
  }

  public Optional<GuardianId> linkedGuardian() {
    return Optional.ofNullable(guardian);
  }
}
