package org.jiaolianti.domain.access;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;

/**
 * The schools, zones and partners a scope reaches on a date, resolved from the records (zone
 * memberships, classes, guardian links, docking agreements). The application resolves it; the rules
 * here only read it.
 *
 * <p>中文：数据范围所及的学校、实验区和对接单位。
 */
public record ScopeFootprint(Set<SchoolId> schools, Set<ZoneId> zones, Set<PartnerId> partners) {

  public static final ScopeFootprint EMPTY = new ScopeFootprint(Set.of(), Set.of(), Set.of());

  public ScopeFootprint {
    schools = ImmutableSet.copyOf(schools);
    zones = ImmutableSet.copyOf(zones);
    partners = ImmutableSet.copyOf(partners);
  }

  public static ScopeFootprint ofSchools(Set<SchoolId> schools) {
    return new ScopeFootprint(schools, Set.of(), Set.of());
  }

  public static ScopeFootprint ofPartners(Set<PartnerId> partners) {
    return new ScopeFootprint(Set.of(), Set.of(), partners);
  }

  public boolean isEmpty() {
    return schools.isEmpty() && zones.isEmpty() && partners.isEmpty();
  }
}
