package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of an experimental zone. */
public record ZoneId(String value) {
  public ZoneId {
    Ids.check(value, "ZoneId");
  }

  public static ZoneId of(String value) {
    return new ZoneId(value);
  }

  public static ZoneId newId() {
    return new ZoneId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
