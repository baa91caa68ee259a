package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The referrals port in memory; steps already stored are kept as stored, like a table of steps that only grows. */
public final class InMemoryReferrals implements Referrals {

  static final Comparator<Sealed> ORDER = Comparator.comparing(Sealed::openedAt).reversed()
      .thenComparing(s -> s.id().value());

  private final VersionedStore<Sealed> store = new VersionedStore<>("referral",
      s -> VersionedStore.key(s.district(), s.id()), Sealed::version,
      (s, v) -> new Sealed(s.id(), s.district(), s.school(), s.student(), s.file(), s.institution(), s.urgency(),
          s.status(), s.sharedSummary(), s.consent(), s.emergencyReason(), s.guardianInformedAt(), s.outcomeNote(),
          s.followUpPlan(), s.reroutedFrom(), s.reroutedTo(), s.history(), v));

  @Override
  public void add(Sealed referral) {
    store.add(referral);
  }

  @Override
  public Optional<Sealed> byId(DistrictCode district, ReferralId id) {
    return store.get(district, id);
  }

  @Override
  public List<Sealed> all(DistrictCode district) {
    return store.find(s -> s.district().equals(district), ORDER);
  }

  @Override
  public synchronized Sealed update(Sealed referral) {
    Sealed stored = store.get(referral.district(), referral.id())
        .orElseThrow(() -> new NotFoundException("referral", referral.id()));
    List<Step> steps = new java.util.ArrayList<>(stored.history());
    steps.addAll(referral.history().subList(Math.min(stored.history().size(), referral.history().size()),
        referral.history().size()));
    return store.update(new Sealed(referral.id(), referral.district(), referral.school(), referral.student(),
        referral.file(), referral.institution(), referral.urgency(), referral.status(), referral.sharedSummary(),
        referral.consent(), referral.emergencyReason(), referral.guardianInformedAt(), referral.outcomeNote(),
        referral.followUpPlan(), referral.reroutedFrom(), referral.reroutedTo(), steps, referral.version()));
  }
}
