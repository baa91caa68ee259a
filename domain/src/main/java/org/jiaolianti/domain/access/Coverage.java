package org.jiaolianti.domain.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Everything one user may do one {@link Action} on, today: the union of what each of their grants
 * reaches for that action ({@link AccessRules#coverage}). The single source of both the decision on one
 * target ({@link #covers}) and the filter of a list.
 *
 * <p>中文：某项操作的可及范围。
 *
 * @param permitted some grant permits the action at all (even if it reaches nothing today)
 * @param wholeDistrict some grant reaches the whole district
 */
public record Coverage(
    Action action,
    DistrictCode district,
    boolean permitted,
    boolean wholeDistrict,
    Set<SchoolId> schools,
    Set<ZoneId> zones,
    Set<PartnerId> partners,
    Set<UserId> users) {

  public Coverage {
    requireNonNull(action, "action");
    requireNonNull(district, "district");
    schools = ImmutableSet.copyOf(schools);
    zones = ImmutableSet.copyOf(zones);
    partners = ImmutableSet.copyOf(partners);
    users = ImmutableSet.copyOf(users);
  }

  /** Nothing at all: the action is not permitted. */
  public static Coverage none(Action action, DistrictCode district) {
    return new Coverage(action, district, false, false, Set.of(), Set.of(), Set.of(), Set.of());
  }

  /**
   * True if the action may be done on {@code target}: the target is in this district, the action applies
   * to its kind, and a grant reaches it (the district as a whole only with a district-wide grant).
   */
  public boolean covers(Target target) {
    requireNonNull(target, "target");
    if (!permitted || !target.district().equals(district) || !action.appliesTo(target)) {
      return false;
    }
    if (wholeDistrict) {
      return true;
    }
    if (target instanceof Target.School s) {
      return schools.contains(s.school());
    }
    if (target instanceof Target.Zone z) {
      return zones.contains(z.zone());
    }
    if (target instanceof Target.Partner p) {
      return partners.contains(p.partner());
    }
    if (target instanceof Target.User u) {
      return users.contains(u.user());
    }
    return false; // Target.District: only district-wide
  }
}
