package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.OpenDaysContract;
import org.jiaolianti.application.openday.port.out.OpenDays;

/** The in-memory open-day port against its contract. */
class InMemoryOpenDaysContractTest extends OpenDaysContract {

  @Override
  protected OpenDays openDays() {
    return new InMemoryOpenDays();
  }
}
