package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.TownsContract;
import org.jiaolianti.application.organization.port.out.Towns;

/** The in-memory {@link Towns} against its port contract. */
class InMemoryTownsContractTest extends TownsContract {

  @Override
  protected Towns towns() {
    return new InMemoryOrganization.InMemoryTowns();
  }
}
