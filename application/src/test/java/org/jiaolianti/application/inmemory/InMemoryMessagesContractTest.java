package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.MessagesContract;
import org.jiaolianti.application.messaging.port.out.Messages;

/** The in-memory {@link Messages} against its port contract. */
class InMemoryMessagesContractTest extends MessagesContract {

  @Override
  protected Messages messages() {
    return new InMemoryMessaging.InMemoryMessages();
  }
}
