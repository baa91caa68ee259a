package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.contract.ActivitiesContract;
import org.jiaolianti.application.shared.port.out.Transactions;

/** The in-memory {@link Activities} against its port contract. */
class InMemoryActivitiesContractTest extends ActivitiesContract {

  private final Transactions transactions = new SerialTransactions();

  @Override
  protected Activities activities() {
    return new InMemoryActivities();
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
