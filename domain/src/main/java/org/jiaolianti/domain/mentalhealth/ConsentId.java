package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a consent. */
public record ConsentId(String value) {
  public ConsentId {
    Ids.check(value, "ConsentId");
  }

  public static ConsentId of(String value) {
    return new ConsentId(value);
  }

  public static ConsentId newId() {
    return new ConsentId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
