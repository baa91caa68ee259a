package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Who revoked a role assignment, when (effective at once) and why. */
public record Revocation(String revokedBy, Instant revokedAt, String reason) {
  public Revocation {
    checkArgument(revokedBy != null && !revokedBy.isBlank(), "revokedBy must not be blank");
    requireNonNull(revokedAt, "revokedAt");
    checkArgument(reason != null && !reason.isBlank(), "a revocation needs a reason");
  }
}
