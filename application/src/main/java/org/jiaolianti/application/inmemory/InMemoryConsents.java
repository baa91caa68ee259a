package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.consent.port.out.Consents;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The consent port in memory. */
public final class InMemoryConsents implements Consents {

  private static final Comparator<Consent> ORDER =
      Comparator.comparing(Consent::recordedAt).thenComparing(c -> c.id().value());

  private final VersionedStore<Consent> store = new VersionedStore<>("consent",
      c -> VersionedStore.key(c.district(), c.id()), Consent::version,
      (c, v) -> new Consent(c.id(), c.district(), c.student(), c.purpose(), c.grantorKind(), c.guardian(),
          c.method(), c.grantedOn(), c.recordedBy(), c.recordedAt(), c.revokedOn(), c.revokedBy(), c.revokedAt(),
          c.revokeMethod(), v));

  @Override
  public void add(Consent consent) {
    store.add(consent);
  }

  @Override
  public Optional<Consent> byId(DistrictCode district, ConsentId id) {
    return store.get(district, id);
  }

  @Override
  public List<Consent> ofStudent(DistrictCode district, StudentId student) {
    return store.find(c -> c.district().equals(district) && c.student().equals(student), ORDER);
  }

  @Override
  public synchronized Consent update(Consent consent) {
    store.get(consent.district(), consent.id())
        .orElseThrow(() -> new NotFoundException("consent", consent.id()));
    return store.update(consent);
  }
}
