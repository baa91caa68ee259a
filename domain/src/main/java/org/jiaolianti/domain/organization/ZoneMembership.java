package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Voiding;

/**
 * A school's membership of an experimental zone over a period. Ending it (a valid-to date) keeps
 * the past; voiding it removes it from every computation.
 *
 * <p>中文：实验区成员关系。依据：五(一)1
 */
public record ZoneMembership(ZoneMembershipId id, ZoneId zone, SchoolId school, DateRange period, Voiding voiding) {

  public ZoneMembership {
    requireNonNull(id, "id");
    requireNonNull(zone, "zone");
    requireNonNull(school, "school");
    requireNonNull(period, "period");
  }

  public boolean isVoided() {
    return voiding != null;
  }

  public Optional<Voiding> optionalVoiding() {
    return Optional.ofNullable(voiding);
  }

  /** True if this membership is in force on {@code date}: not voided and the date lies in its period. */
  public boolean countsOn(LocalDate date) {
    return voiding == null && period.contains(date);
  }

  ZoneMembership endingOn(LocalDate lastDay) {
    checkArgument(voiding == null, "membership %s is voided", id);
    return new ZoneMembership(id, zone, school, period.endingOn(lastDay), null);
  }

  ZoneMembership voided(Voiding v) {
    checkArgument(voiding == null, "membership %s is already voided", id);
    return new ZoneMembership(id, zone, school, period, requireNonNull(v));
  }
}
