package org.jiaolianti.application.healthvp.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipalId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Health vice-principal appointments. Nothing is deleted; the only change is the end of the period by
 * {@link #update} (optimistic: a stale version is a conflict). Lists are ordered by time of recording, then id.
 */
public interface HealthVicePrincipals {

  void add(HealthVicePrincipal appointment);

  Optional<HealthVicePrincipal> byId(DistrictCode district, HealthVicePrincipalId id);

  List<HealthVicePrincipal> ofDistrict(DistrictCode district);

  /** Stores the appointment's period (read at its version); returns it with the next version. */
  HealthVicePrincipal update(HealthVicePrincipal appointment);
}
