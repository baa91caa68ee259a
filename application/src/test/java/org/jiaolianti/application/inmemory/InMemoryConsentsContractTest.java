package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.consent.port.out.Consents;
import org.jiaolianti.application.contract.ConsentsContract;

/** The in-memory consent port against its contract. */
class InMemoryConsentsContractTest extends ConsentsContract {

  @Override
  protected Consents consents() {
    return new InMemoryConsents();
  }
}
