package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipalId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The health vice-principal port in memory. */
public final class InMemoryHealthVicePrincipals implements HealthVicePrincipals {

  private static final Comparator<HealthVicePrincipal> ORDER =
      Comparator.comparing(HealthVicePrincipal::recordedAt).thenComparing(h -> h.id().value());

  private final VersionedStore<HealthVicePrincipal> store = new VersionedStore<>("health vice-principal",
      h -> VersionedStore.key(h.district(), h.id()), HealthVicePrincipal::version,
      (h, v) -> new HealthVicePrincipal(h.id(), h.district(), h.school(), h.name(), h.institution(),
          h.professionalTitle(), h.period(), h.recordedBy(), h.recordedAt(), v));

  @Override
  public void add(HealthVicePrincipal appointment) {
    store.add(appointment);
  }

  @Override
  public Optional<HealthVicePrincipal> byId(DistrictCode district, HealthVicePrincipalId id) {
    return store.get(district, id);
  }

  @Override
  public List<HealthVicePrincipal> ofDistrict(DistrictCode district) {
    return store.find(h -> h.district().equals(district), ORDER);
  }

  @Override
  public synchronized HealthVicePrincipal update(HealthVicePrincipal appointment) {
    store.get(appointment.district(), appointment.id())
        .orElseThrow(() -> new NotFoundException("health vice-principal", appointment.id()));
    return store.update(appointment);
  }
}
