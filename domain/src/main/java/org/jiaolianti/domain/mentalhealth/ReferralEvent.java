package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.UserId;

/**
 * One step of a referral's history: the status it reached, who and when; {@code note} (optional) is the reason of a
 * rejection, withdrawal or reroute — free text, encrypted by the application.
 *
 * <p>中文：转介流转记录。依据：五(二)1
 */
public record ReferralEvent(ReferralStatus status, UserId by, Instant at, String note) {
  public static final int MAX_NOTE = 1000;

  public ReferralEvent {
    requireNonNull(status, "status");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    checkArgument(note == null || (!note.isBlank() && note.length() <= MAX_NOTE), "note must be 1-%s characters",
        MAX_NOTE);
  }
}
