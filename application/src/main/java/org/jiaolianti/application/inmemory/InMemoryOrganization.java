package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.shared.DistrictCode;

/** In-memory adapters of the organization ports. */
public final class InMemoryOrganization {

  private InMemoryOrganization() {}

  /** Towns in memory. */
  public static final class InMemoryTowns implements Towns {
    private final VersionedStore<Town> store = new VersionedStore<>("town",
        t -> VersionedStore.key(t.district(), t.code()), t -> 0, (t, v) -> t);

    @Override
    public void add(Town town) {
      store.add(town);
    }

    @Override
    public Optional<Town> byCode(DistrictCode district, TownCode code) {
      return store.get(district, code);
    }

    @Override
    public List<Town> all(DistrictCode district) {
      return store.find(t -> t.district().equals(district), Comparator.comparing(t -> t.code().value()));
    }
  }

  /** Schools in memory. */
  public static final class InMemorySchools implements Schools {
    private final VersionedStore<School> store = new VersionedStore<>("school",
        s -> VersionedStore.key(s.district(), s.id()), School::version,
        (s, v) -> new School(s.id(), s.district(), s.code(), s.name(), s.type(), s.town(), s.openedOn(), s.closedOn(), v));

    @Override
    public synchronized void add(School school) {
      if (byCode(school.district(), school.code()).isPresent()) {
        throw ConflictException.duplicate("code", school.code());
      }
      store.add(school);
    }

    @Override
    public School update(School school) {
      return store.update(school);
    }

    @Override
    public Optional<School> byId(DistrictCode district, SchoolId id) {
      return store.get(district, id);
    }

    @Override
    public Optional<School> byCode(DistrictCode district, String code) {
      return store.findFirst(s -> s.district().equals(district) && s.code().equals(code));
    }

    @Override
    public List<School> all(DistrictCode district) {
      return store.find(s -> s.district().equals(district), Comparator.comparing(School::code));
    }
  }

  /** Zones in memory. */
  public static final class InMemoryZones implements Zones {
    private final VersionedStore<Zone> store = new VersionedStore<>("zone",
        z -> VersionedStore.key(z.district(), z.id()), Zone::version,
        (z, v) -> Zone.reconstitute(z.id(), z.district(), z.name(), z.leadSchool(), z.coordinationOffice().orElse(null),
            z.establishedOn(), z.memberships(), v));

    @Override
    public void add(Zone zone) {
      store.add(zone);
    }

    @Override
    public Zone update(Zone zone) {
      return store.update(zone);
    }

    @Override
    public Optional<Zone> byId(DistrictCode district, ZoneId id) {
      return store.get(district, id);
    }

    @Override
    public List<Zone> all(DistrictCode district) {
      return store.find(z -> z.district().equals(district), Comparator.comparing(Zone::name).thenComparing(z -> z.id().value()));
    }

    @Override
    public List<ZoneMembership> membershipsOf(DistrictCode district, SchoolId school) {
      return all(district).stream().flatMap(z -> z.memberships().stream()).filter(m -> m.school().equals(school)).toList();
    }
  }

  /** Committee members in memory. */
  public static final class InMemoryCommitteeMembers implements CommitteeMembers {
    private final VersionedStore<CommitteeMember> store = new VersionedStore<>("committee member",
        m -> VersionedStore.key(m.district(), m.id()), CommitteeMember::version,
        (m, v) -> new CommitteeMember(m.id(), m.district(), m.school(), m.name(), m.kind(), m.duty(), m.period(),
            m.voiding(), v));

    @Override
    public void add(CommitteeMember member) {
      store.add(member);
    }

    @Override
    public CommitteeMember update(CommitteeMember member) {
      return store.update(member);
    }

    @Override
    public Optional<CommitteeMember> byId(DistrictCode district, CommitteeMemberId id) {
      return store.get(district, id);
    }

    @Override
    public List<CommitteeMember> ofSchool(DistrictCode district, SchoolId school) {
      return store.find(m -> m.district().equals(district) && m.school().equals(school), order());
    }

    @Override
    public List<CommitteeMember> all(DistrictCode district) {
      return store.find(m -> m.district().equals(district), order());
    }

    private static Comparator<CommitteeMember> order() {
      return Comparator.comparing((CommitteeMember m) -> m.period().validFrom()).thenComparing(m -> m.id().value());
    }
  }

  /** Partners in memory. */
  public static final class InMemoryPartners implements Partners {
    private final VersionedStore<Partner> store = new VersionedStore<>("partner",
        p -> VersionedStore.key(p.district(), p.id()), Partner::version,
        (p, v) -> new Partner(p.id(), p.district(), p.kind(), p.name(), p.unit(), p.town(), p.resourceKind(), v));

    @Override
    public void add(Partner partner) {
      store.add(partner);
    }

    @Override
    public Partner update(Partner partner) {
      return store.update(partner);
    }

    @Override
    public Optional<Partner> byId(DistrictCode district, PartnerId id) {
      return store.get(district, id);
    }

    @Override
    public List<Partner> all(DistrictCode district) {
      return store.find(p -> p.district().equals(district), Comparator.comparing(Partner::name).thenComparing(p -> p.id().value()));
    }
  }

  /** Docking agreements in memory. */
  public static final class InMemoryDockingAgreements implements DockingAgreements {
    private final VersionedStore<DockingAgreement> store = new VersionedStore<>("docking agreement",
        a -> VersionedStore.key(a.district(), a.id()), DockingAgreement::version,
        (a, v) -> new DockingAgreement(a.id(), a.district(), a.school(), a.partner(), a.collaborations(), a.duties(),
            a.mode(), a.responsiblePerson(), a.contact(), a.period(), a.voiding(), v));

    @Override
    public synchronized void addAll(List<DockingAgreement> agreements) {
      for (DockingAgreement a : agreements) {
        if (store.get(a.district(), a.id()).isPresent()) {
          throw ConflictException.duplicate("id", a.id());
        }
      }
      agreements.forEach(store::add);
    }

    @Override
    public DockingAgreement update(DockingAgreement agreement) {
      return store.update(agreement);
    }

    @Override
    public Optional<DockingAgreement> byId(DistrictCode district, AgreementId id) {
      return store.get(district, id);
    }

    @Override
    public List<DockingAgreement> ofSchool(DistrictCode district, SchoolId school) {
      return store.find(a -> a.district().equals(district) && a.school().equals(school), order());
    }

    @Override
    public List<DockingAgreement> all(DistrictCode district) {
      return store.find(a -> a.district().equals(district), order());
    }

    private static Comparator<DockingAgreement> order() {
      return Comparator.comparing((DockingAgreement a) -> a.period().validFrom()).thenComparing(a -> a.id().value());
    }
  }
}
