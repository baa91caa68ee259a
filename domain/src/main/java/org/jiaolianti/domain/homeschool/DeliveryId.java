package org.jiaolianti.domain.homeschool;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of one outbound delivery of a notice or reminder to one guardian (idempotency key of the channel). */
public record DeliveryId(String value) {
  public DeliveryId {
    Ids.check(value, "DeliveryId");
  }

  public static DeliveryId of(String value) {
    return new DeliveryId(value);
  }

  public static DeliveryId newId() {
    return new DeliveryId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
