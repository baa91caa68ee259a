package org.jiaolianti.domain.mentalhealth;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A referral step that went past its time limit: the step, when it was due, when it was done (null: still not done,
 * or never done because the referral ended), and by how much it was late as of the instant asked about.
 *
 * <p>中文：转介超时。依据：五(二)1（时限为本地设置）
 */
public record ReferralBreach(ReferralId referral, ReferralStep step, Instant due, Instant doneAt, Duration late) {
  public ReferralBreach {
    requireNonNull(referral, "referral");
    requireNonNull(step, "step");
    requireNonNull(due, "due");
    requireNonNull(late, "late");
  }
}
