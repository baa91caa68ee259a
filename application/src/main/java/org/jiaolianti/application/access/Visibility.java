package org.jiaolianti.application.access;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Coverage;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * What one actor may do one action on today, for filtering a list: the same coverage as {@link
 * org.jiaolianti.application.access.AccessControl#check} uses, so that an item is listed exactly
 * when {@code check} on it would pass. If {@link #permitted()} is false no role of the actor permits the
 * action at all (REST: 403 for the list); otherwise list the items it includes (possibly none).
 *
 * <p>{@code includesSchool}, {@code includesZone}, {@code includesPartner} and {@code includesUser} are
 * false for kinds of target the action does not apply to (e.g. READ_REPORTS applies to the district only).
 *
 * <p>中文：列表可见范围。
 */
public final class Visibility {

  private final Coverage coverage;

  Visibility(Coverage coverage) {
    this.coverage = requireNonNull(coverage, "coverage");
  }

  public Action action() {
    return coverage.action();
  }

  /** Some role of the actor permits the action (in some scope). If false, deny the list itself. */
  public boolean permitted() {
    return coverage.permitted();
  }

  /** The whole district: no need to filter. Same as {@code check} on {@link Target.District}. */
  public boolean districtWide() {
    return coverage.covers(new Target.District(district()));
  }

  /** Exactly what {@code check} on {@code target} decides (allowed or not), a target of another district included. */
  public boolean includes(Target target) {
    return coverage.covers(target);
  }

  /** A school of the actor's district (ids are taken to be of that district: list only its records). */
  public boolean includesSchool(SchoolId school) {
    return coverage.covers(new Target.School(district(), school));
  }

  public boolean includesZone(ZoneId zone) {
    return coverage.covers(new Target.Zone(district(), zone));
  }

  public boolean includesPartner(PartnerId partner) {
    return coverage.covers(new Target.Partner(district(), partner));
  }

  public boolean includesUser(UserId user) {
    return coverage.covers(new Target.User(district(), user));
  }

  /**
   * For READ_AGREEMENTS/MANAGE_AGREEMENTS: one docking agreement (school × partner) is included if the
   * actor's coverage includes its school or its partner. A partner's staff and a unit officer see their own
   * partners' agreements this way, without the other agreements of the same school.
   */
  public boolean includesAgreement(SchoolId school, PartnerId partner) {
    return includesSchool(school) || includesPartner(partner);
  }

  private DistrictCode district() {
    return coverage.district();
  }

  @Override
  public String toString() {
    return "Visibility[" + coverage + "]";
  }
}
