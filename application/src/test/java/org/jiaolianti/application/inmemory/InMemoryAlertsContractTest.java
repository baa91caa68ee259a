package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.contract.AlertsContract;

/** The in-memory alert port against its contract. */
class InMemoryAlertsContractTest extends AlertsContract {

  @Override
  protected Alerts alerts() {
    return new InMemoryAlerts();
  }
}
