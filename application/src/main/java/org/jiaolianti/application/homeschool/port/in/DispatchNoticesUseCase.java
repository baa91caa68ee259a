package org.jiaolianti.application.homeschool.port.in;

/**
 * Sends the outbox's due deliveries through the outbound channel, with retries and backoff; run by a
 * scheduler (the district server runs it every few seconds).
 *
 * <p>中文：通知外发调度。
 */
public interface DispatchNoticesUseCase {

  /**
   * Expands due publications into per-guardian deliveries (about {@code limit}), then hands up to {@code limit}
   * due deliveries to the channel; returns how many the channel accepted.
   */
  int dispatchDue(int limit);

  /**
   * Only the first step of {@link #dispatchDue}: expands due publications (one outbox row each) into one
   * delivery per guardian, about {@code limit} of them, one chunk per transaction; returns how many.
   */
  int expandDue(int limit);
}
