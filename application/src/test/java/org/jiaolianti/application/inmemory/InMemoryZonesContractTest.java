package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.ZonesContract;
import org.jiaolianti.application.organization.port.out.Zones;

/** The in-memory {@link Zones} against its port contract. */
class InMemoryZonesContractTest extends ZonesContract {

  @Override
  protected Zones zones() {
    return new InMemoryOrganization.InMemoryZones();
  }
}
