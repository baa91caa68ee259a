package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.HomeVisitsContract;
import org.jiaolianti.application.homevisit.port.out.HomeVisits;

/** The in-memory home-visit port against its contract. */
class InMemoryHomeVisitsContractTest extends HomeVisitsContract {

  @Override
  protected HomeVisits homeVisits() {
    return new InMemoryHomeVisits();
  }
}
