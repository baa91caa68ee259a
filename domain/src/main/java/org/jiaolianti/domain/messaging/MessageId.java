package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a message. */
public record MessageId(String value) {
  public MessageId {
    Ids.check(value, "MessageId");
  }

  public static MessageId of(String value) {
    return new MessageId(value);
  }

  public static MessageId newId() {
    return new MessageId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
