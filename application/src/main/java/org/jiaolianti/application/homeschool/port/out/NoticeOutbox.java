package org.jiaolianti.application.homeschool.port.out;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The transactional outbox of outbound deliveries: written in the same transaction as the notice and
 * its receipts (or the reminder), read by the dispatcher, and a row stays until the channel has accepted
 * it and the dispatcher acknowledges it.
 */
public interface NoticeOutbox {

  /** Adds deliveries (batched); a duplicate id is a duplicate conflict and adds none. */
  void enqueue(List<NoticeDelivery> deliveries);

  /** Up to {@code limit} deliveries of any district available at {@code now}, earliest first. */
  List<NoticeDelivery> due(Instant now, int limit);

  /** The deliveries still pending in a district (not yet acknowledged), earliest first. */
  List<NoticeDelivery> pending(DistrictCode district);

  /** Removes an accepted delivery; acknowledging one already gone does nothing. */
  void acknowledge(DistrictCode district, DeliveryId id);

  /** Records a failed attempt: the delivery's attempts, next availability and last error. */
  void retryLater(NoticeDelivery failed);
}
