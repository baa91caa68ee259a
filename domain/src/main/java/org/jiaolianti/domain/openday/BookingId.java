package org.jiaolianti.domain.openday;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a guardian's booking of an open-day slot. */
public record BookingId(String value) {
  public BookingId {
    Ids.check(value, "BookingId");
  }

  public static BookingId of(String value) {
    return new BookingId(value);
  }

  public static BookingId newId() {
    return new BookingId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
