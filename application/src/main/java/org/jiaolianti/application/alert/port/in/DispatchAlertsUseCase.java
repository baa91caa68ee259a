package org.jiaolianti.application.alert.port.in;

/**
 * Sends guardian alerts through the outbound channel (the notices' {@code NoticeChannel}), with retries and backoff;
 * run by a scheduler next to the notice dispatcher.
 *
 * <p>中文：提醒外发调度。
 */
public interface DispatchAlertsUseCase {

  /** Hands up to {@code limit} due guardian alerts to the channel; returns how many it accepted. */
  int dispatchDue(int limit);
}
