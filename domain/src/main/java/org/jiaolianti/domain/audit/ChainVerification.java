package org.jiaolianti.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The result of walking a district's audit chain: OK with the number of events checked, or the first broken
 * event's sequence and why. 中文：审计链校验结果。
 *
 * @param checked events that verified before the walk ended
 * @param lastSequence the last verified sequence (OK only)
 * @param brokenSequence the first broken sequence, or 0 when OK
 * @param reason why it is broken, or {@code null} when OK
 */
public record ChainVerification(boolean ok, long checked, long lastSequence, long brokenSequence, String reason) {

  public ChainVerification {
    checkArgument(ok == (reason == null), "a broken chain has a reason, an intact one none");
  }

  public static ChainVerification ok(long checked, long lastSequence) {
    return new ChainVerification(true, checked, lastSequence, 0, null);
  }

  public static ChainVerification broken(long checked, long sequence, String reason) {
    return new ChainVerification(false, checked, 0, sequence, reason);
  }
}
