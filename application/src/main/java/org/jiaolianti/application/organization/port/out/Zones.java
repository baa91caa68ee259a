package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.shared.DistrictCode;

/** Experimental zones with their memberships. */
public interface Zones {

  void add(Zone zone);

  /**
   * Adds several at once, each as {@link #add} would, in the caller's transaction; batched where storage
   * allows (the bulk import). The default adds them one by one.
   */
  default void addAll(List<Zone> zones) {
    zones.forEach(this::add);
  }

  /** Stores a changed zone (memberships included) if its version is the stored one; else a stale conflict. */
  Zone update(Zone zone);

  Optional<Zone> byId(DistrictCode district, ZoneId id);

  /** The district's zones ordered by name. */
  List<Zone> all(DistrictCode district);

  /** Every membership of {@code school} in any zone of the district, voided ones included. */
  List<ZoneMembership> membershipsOf(DistrictCode district, SchoolId school);
}
