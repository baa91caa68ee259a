package org.jiaolianti.domain.milestone;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of an experience-exchange event. */
public record ExchangeEventId(String value) {
  public ExchangeEventId {
    Ids.check(value, "ExchangeEventId");
  }

  public static ExchangeEventId of(String value) {
    return new ExchangeEventId(value);
  }

  public static ExchangeEventId newId() {
    return new ExchangeEventId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
