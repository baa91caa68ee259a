package org.jiaolianti.application.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DistrictCode;

/** The active policy per district, in memory. */
public final class InMemoryPolicies implements Policies {

  private final Map<String, Policy> active = new ConcurrentSkipListMap<>();

  @Override
  public void activate(Policy policy) {
    active.put(policy.district().value(), policy);
  }

  @Override
  public Optional<Policy> active(DistrictCode district) {
    return Optional.ofNullable(active.get(district.value()));
  }

  @Override
  public List<DistrictCode> districts() {
    return active.keySet().stream().map(DistrictCode::of).toList();
  }
}
