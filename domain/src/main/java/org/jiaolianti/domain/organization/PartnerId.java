package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a partner. */
public record PartnerId(String value) {
  public PartnerId {
    Ids.check(value, "PartnerId");
  }

  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  public static PartnerId newId() {
    return new PartnerId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
