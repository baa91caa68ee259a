package org.jiaolianti.application.policy.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DistrictCode;

/** The active policy version of each district (a district has one at a time), loaded from its seed. */
public interface Policies {

  /** Makes {@code policy} its district's active policy, replacing any earlier version. */
  void activate(Policy policy);

  Optional<Policy> active(DistrictCode district);

  /** The district's active policy; a district without one is not found. */
  default Policy require(DistrictCode district) {
    return active(district).orElseThrow(() -> new NotFoundException("policy", district));
  }

  List<DistrictCode> districts();
}
