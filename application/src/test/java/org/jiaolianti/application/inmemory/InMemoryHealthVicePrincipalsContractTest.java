package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.HealthVicePrincipalsContract;
import org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals;

/** The in-memory health vice-principal port against its contract. */
class InMemoryHealthVicePrincipalsContractTest extends HealthVicePrincipalsContract {

  @Override
  protected HealthVicePrincipals healthVicePrincipals() {
    return new InMemoryHealthVicePrincipals();
  }
}
