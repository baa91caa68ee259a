package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.FeedbackItemsContract;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;

/** The in-memory {@link FeedbackItems} against its port contract. */
class InMemoryFeedbackItemsContractTest extends FeedbackItemsContract {

  @Override
  protected FeedbackItems feedbackItems() {
    return new InMemoryMessaging.InMemoryFeedbackItems();
  }
}
