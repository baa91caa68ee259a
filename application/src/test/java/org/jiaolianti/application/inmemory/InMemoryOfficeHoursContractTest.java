package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.OfficeHoursContract;
import org.jiaolianti.application.messaging.port.out.OfficeHours;

/** The in-memory {@link OfficeHours} against its port contract. */
class InMemoryOfficeHoursContractTest extends OfficeHoursContract {

  @Override
  protected OfficeHours officeHours() {
    return new InMemoryMessaging.InMemoryOfficeHours();
  }
}
