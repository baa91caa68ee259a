package org.jiaolianti.application.homeschool.port.out;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The transactional outbox of outbound deliveries: written in the same transaction as the notice and
 * its receipts (or the reminder), read by the dispatcher, and a row stays until the channel has accepted
 * it and the dispatcher acknowledges it. A publication writes one {@link NoticeFanout} (not one delivery per
 * guardian); the dispatcher expands it chunk by chunk into deliveries ({@link #enqueueIfAbsent}) and moves
 * its cursor ({@link #advanceFanout}/{@link #finishFanout}) in one transaction per chunk.
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

  /** Adds the fan-out of one publication; a second fan-out of the same notice is a duplicate conflict. */
  void enqueueFanout(NoticeFanout fanout);

  /** Up to {@code limit} fan-outs of any district available at {@code now}, earliest first. */
  List<NoticeFanout> dueFanouts(Instant now, int limit);

  /** The fan-outs of a district not yet fully expanded, earliest first. */
  List<NoticeFanout> pendingFanouts(DistrictCode district);

  /**
   * Adds the deliveries whose id is not in the outbox yet and skips the others (expanding a chunk again adds
   * nothing twice); a batch naming one id twice adds it once.
   */
  void enqueueIfAbsent(List<NoticeDelivery> deliveries);

  /** Stores a fan-out's new cursor ({@link NoticeFanout#after}); a fan-out already gone stays gone. */
  void advanceFanout(NoticeFanout fanout);

  /** Removes a fully expanded fan-out; removing one already gone does nothing. */
  void finishFanout(DistrictCode district, NoticeId notice);
}
