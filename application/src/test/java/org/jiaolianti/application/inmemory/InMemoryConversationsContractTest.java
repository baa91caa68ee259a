package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.ConversationsContract;
import org.jiaolianti.application.messaging.port.out.Conversations;

/** The in-memory {@link Conversations} against its port contract. */
class InMemoryConversationsContractTest extends ConversationsContract {

  @Override
  protected Conversations conversations() {
    return new InMemoryMessaging.InMemoryConversations();
  }
}
