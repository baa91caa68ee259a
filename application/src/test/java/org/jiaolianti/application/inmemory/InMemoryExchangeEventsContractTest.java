package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.ExchangeEventsContract;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;

/** The in-memory {@link ExchangeEvents} against its port contract. */
class InMemoryExchangeEventsContractTest extends ExchangeEventsContract {

  @Override
  protected ExchangeEvents exchangeEvents() {
    return new InMemoryMilestones.InMemoryExchangeEvents();
  }
}
