package org.jiaolianti.seeds;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.policy.Policy;

/**
 * A loaded seed: the policy and where it came from.
 *
 * @param origin the file it was loaded from (a path, or {@code classpath:…} for a bundled seed)
 */
public record PolicySeed(Policy policy, String origin) {
  public PolicySeed {
    requireNonNull(policy, "policy");
    requireNonNull(origin, "origin");
  }
}
