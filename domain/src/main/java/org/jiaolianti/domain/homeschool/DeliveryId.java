package org.jiaolianti.domain.homeschool;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
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

  /**
   * The deterministic id of the {@code kind} delivery of a receipt (a name-based UUID of the receipt id and
   * kind): expanding the same receipt again yields the same id, so the outbox adds it once and the channel
   * sends it once.
   */
  public static DeliveryId of(NoticeReceiptId receipt, NoticeDelivery.Kind kind) {
    return new DeliveryId(UUID.nameUUIDFromBytes(("notice-delivery/" + receipt.value() + "/" + kind.name())
        .getBytes(StandardCharsets.UTF_8)).toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
