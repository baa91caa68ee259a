package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.DockingAgreementsContract;
import org.jiaolianti.application.organization.port.out.DockingAgreements;

/** The in-memory {@link DockingAgreements} against its port contract. */
class InMemoryDockingAgreementsContractTest extends DockingAgreementsContract {

  @Override
  protected DockingAgreements agreements() {
    return new InMemoryOrganization.InMemoryDockingAgreements();
  }
}
