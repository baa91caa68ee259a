package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.BreakGlass;
import org.jiaolianti.domain.mentalhealth.BreakGlassId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The break-glass port in memory. */
public final class InMemoryBreakGlassAccesses implements BreakGlassAccesses {

  static final Comparator<Stored> ORDER = Comparator.comparing((Stored s) -> s.access().startedAt()).reversed()
      .thenComparing(s -> s.access().id().value());

  private final VersionedStore<Stored> store = new VersionedStore<>("break-glass access",
      s -> VersionedStore.key(s.access().district(), s.access().id()), s -> s.access().version(),
      (s, v) -> {
        BreakGlass b = s.access();
        return s.withAccess(new BreakGlass(b.id(), b.district(), b.user(), b.student(), b.reason(), b.startedAt(),
            b.expiresAt(), b.stoppedAt(), v), s.endAudited());
      });

  @Override
  public void add(Stored access) {
    store.add(access);
  }

  @Override
  public Optional<Stored> byId(DistrictCode district, BreakGlassId id) {
    return store.get(district, id);
  }

  @Override
  public List<Stored> all(DistrictCode district) {
    return store.find(s -> s.access().district().equals(district), ORDER);
  }

  @Override
  public synchronized Stored update(Stored access) {
    BreakGlass b = access.access();
    store.get(b.district(), b.id()).orElseThrow(() -> new NotFoundException("break-glass access", b.id()));
    return store.update(access);
  }
}
