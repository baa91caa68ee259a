package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a conversation. */
public record ConversationId(String value) {
  public ConversationId {
    Ids.check(value, "ConversationId");
  }

  public static ConversationId of(String value) {
    return new ConversationId(value);
  }

  public static ConversationId newId() {
    return new ConversationId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
