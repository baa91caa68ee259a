package org.jiaolianti.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Who voided a record, when and why. A voided record is kept but counts for no date, past ones
 * included (MISSION §4 "Dates"); ending a record with a valid-to date does not rewrite the past.
 *
 * <p>中文：作废记录（作废人、时间、原因）。
 */
public record Voiding(String voidedBy, Instant voidedAt, String reason) {

  public Voiding {
    checkArgument(voidedBy != null && !voidedBy.isBlank(), "voidedBy must not be blank");
    requireNonNull(voidedAt, "voidedAt");
    checkArgument(reason != null && !reason.isBlank(), "a void needs a reason");
  }
}
