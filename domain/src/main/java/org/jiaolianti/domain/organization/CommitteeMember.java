package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/**
 * A member of a school's co-education committee over a period.
 *
 * <p>中文：校级家校共育委员会成员。依据：五(一)1
 *
 * @param duty the member's division of duty (职责分工), optional
 */
public record CommitteeMember(
    CommitteeMemberId id,
    DistrictCode district,
    SchoolId school,
    String name,
    CommitteeMemberKind kind,
    String duty,
    DateRange period,
    Voiding voiding,
    long version) {

  public CommitteeMember {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    checkArgument(name != null && !name.isBlank() && name.length() <= 100, "member name must be 1-100 characters");
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
  }

  public static CommitteeMember appoint(CommitteeMemberId id, DistrictCode district, SchoolId school, String name,
      CommitteeMemberKind kind, String duty, DateRange period) {
    return new CommitteeMember(id, district, school, name, kind, duty, period, null, 0);
  }

  public boolean countsOn(LocalDate date) {
    return voiding == null && period.contains(date);
  }

  public boolean isVoided() {
    return voiding != null;
  }

  public Optional<Voiding> optionalVoiding() {
    return Optional.ofNullable(voiding);
  }

  public CommitteeMember endingOn(LocalDate lastDay) {
    checkArgument(voiding == null, "member %s is voided", id);
    return new CommitteeMember(id, district, school, name, kind, duty, period.endingOn(lastDay), null, version);
  }

  public CommitteeMember voided(Voiding v) {
    checkArgument(voiding == null, "member %s is already voided", id);
    return new CommitteeMember(id, district, school, name, kind, duty, period, requireNonNull(v), version);
  }
}
