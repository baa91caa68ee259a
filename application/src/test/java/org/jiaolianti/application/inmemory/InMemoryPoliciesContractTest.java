package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.PoliciesContract;
import org.jiaolianti.application.policy.port.out.Policies;

/** The in-memory {@link Policies} against its port contract. */
class InMemoryPoliciesContractTest extends PoliciesContract {

  @Override
  protected Policies policies() {
    return new InMemoryPolicies();
  }
}
