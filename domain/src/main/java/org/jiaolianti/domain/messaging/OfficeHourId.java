package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of an office-hour slot. */
public record OfficeHourId(String value) {
  public OfficeHourId {
    Ids.check(value, "OfficeHourId");
  }

  public static OfficeHourId of(String value) {
    return new OfficeHourId(value);
  }

  public static OfficeHourId newId() {
    return new OfficeHourId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
