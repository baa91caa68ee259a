package org.jiaolianti.domain.milestone;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/**
 * An experience-exchange event (经验交流活动) held on a date.
 *
 * <p>中文：经验交流活动。依据：二（每年召开经验交流活动）
 */
public record ExchangeEvent(
    ExchangeEventId id, DistrictCode district, LocalDate heldOn, String organiser, String title, Voiding voiding, long version) {

  public ExchangeEvent {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(heldOn, "heldOn");
    checkArgument(organiser != null && !organiser.isBlank() && organiser.length() <= 200, "organiser must be 1-200 characters");
    checkArgument(title != null && !title.isBlank() && title.length() <= 200, "event title must be 1-200 characters");
  }

  public boolean countsWithin(LocalDate from, LocalDate to) {
    return voiding == null && !heldOn.isBefore(from) && !heldOn.isAfter(to);
  }

  public ExchangeEvent voided(Voiding v) {
    checkArgument(voiding == null, "event %s is already voided", id);
    return new ExchangeEvent(id, district, heldOn, organiser, title, requireNonNull(v), version);
  }
}
