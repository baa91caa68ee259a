package org.jiaolianti.domain.homeschool;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One outbound delivery (SMS, WeChat, e-mail) of a notice or a reminder to one guardian, as kept in the
 * transactional outbox until the channel has accepted it. Its id is the channel's idempotency key: the
 * same delivery sent twice (after a crash between sending and acknowledging) is the same id.
 *
 * <p>中文：通知外发（发件箱记录）。依据：五(一)2
 *
 * @param availableAt not sent before (the notice's release, or the next retry after a failure)
 * @param attempts failed attempts so far
 * @param lastError the last failure, or null
 */
public record NoticeDelivery(
    DeliveryId id,
    DistrictCode district,
    NoticeId notice,
    NoticeReceiptId receipt,
    GuardianId guardian,
    Kind kind,
    Instant availableAt,
    int attempts,
    String lastError) {

  /**
   * A notice's first delivery, or a reminder; ALERT is an {@code org.jiaolianti.domain.alert.Alert} to a guardian
   * sent through the same channel (never a row of the notice outbox: the alert is its own outbox row).
   */
  public enum Kind {
    NOTICE,
    REMINDER,
    ALERT
  }

  public NoticeDelivery {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(notice, "notice");
    requireNonNull(receipt, "receipt");
    requireNonNull(guardian, "guardian");
    requireNonNull(kind, "kind");
    requireNonNull(availableAt, "availableAt");
    checkArgument(attempts >= 0, "attempts must not be negative");
    lastError = lastError == null ? null : lastError.substring(0, Math.min(lastError.length(), 500));
  }

  public static NoticeDelivery of(NoticeReceipt receipt, Kind kind, Instant availableAt) {
    return new NoticeDelivery(DeliveryId.newId(), receipt.district(), receipt.notice(), receipt.id(), receipt.guardian(),
        kind, availableAt, 0, null);
  }

  /**
   * A notice's delivery to one guardian, expanded from its publication's {@link NoticeFanout}: its id is
   * derived from the receipt ({@link DeliveryId#of(NoticeReceiptId, Kind)}), the same on every expansion.
   */
  public static NoticeDelivery expanded(NoticeReceipt receipt, Instant availableAt) {
    return new NoticeDelivery(DeliveryId.of(receipt.id(), Kind.NOTICE), receipt.district(), receipt.notice(),
        receipt.id(), receipt.guardian(), Kind.NOTICE, availableAt, 0, null);
  }

  /** After a failed attempt: retried at {@code next}. */
  public NoticeDelivery failed(Instant next, String error) {
    return new NoticeDelivery(id, district, notice, receipt, guardian, kind, next, attempts + 1, error);
  }
}
