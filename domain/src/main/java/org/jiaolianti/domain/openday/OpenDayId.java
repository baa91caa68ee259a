package org.jiaolianti.domain.openday;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of an open day or reception day. */
public record OpenDayId(String value) {
  public OpenDayId {
    Ids.check(value, "OpenDayId");
  }

  public static OpenDayId of(String value) {
    return new OpenDayId(value);
  }

  public static OpenDayId newId() {
    return new OpenDayId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
