package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.PartnersContract;
import org.jiaolianti.application.organization.port.out.Partners;

/** The in-memory {@link Partners} against its port contract. */
class InMemoryPartnersContractTest extends PartnersContract {

  @Override
  protected Partners partners() {
    return new InMemoryOrganization.InMemoryPartners();
  }
}
