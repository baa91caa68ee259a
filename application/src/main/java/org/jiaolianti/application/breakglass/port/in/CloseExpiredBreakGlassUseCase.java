package org.jiaolianti.application.breakglass.port.in;

/**
 * Writes the STOP audit event of every break-glass access that expired without being stopped (五(二)2: a start and
 * a stop event for each access), once, soon after it expired — not only when someone next reads it. A system job:
 * the district server runs it every minute.
 *
 * <p>中文：紧急调阅到期自动结束（写入结束审计事件）。依据：五(二)2
 */
public interface CloseExpiredBreakGlassUseCase {

  /** Closes the accesses of every district with an active policy that expired unstopped; returns how many. */
  int closeExpired();
}
