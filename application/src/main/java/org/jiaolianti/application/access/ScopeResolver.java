package org.jiaolianti.application.access;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.domain.access.Grant;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeFootprint;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Resolves what each of an actor's scopes reaches today, from the records: zone memberships, classes,
 * guardian links and docking agreements in force on the actor's date. Lazy and memoized per call: a
 * footprint is read only if a rule asks for it, and the district's agreements or partners at most once per
 * call (never one query per school).
 */
final class ScopeResolver {

  private final Zones zones;
  private final Partners partners;
  private final DockingAgreements agreements;
  private final Roster roster;

  ScopeResolver(Zones zones, Partners partners, DockingAgreements agreements, Roster roster) {
    this.zones = requireNonNull(zones, "zones");
    this.partners = requireNonNull(partners, "partners");
    this.agreements = requireNonNull(agreements, "agreements");
    this.roster = requireNonNull(roster, "roster");
  }

  /** The actor's grants, with footprints resolved on first use. */
  List<Grant> grants(Actor actor) {
    Call call = new Call(actor);
    return actor.activeAssignments().stream()
        .map(a -> (Grant) new LazyGrant(a.role(), a.scope(), () -> call.own(a.scope()), () -> call.related(a.scope())))
        .toList();
  }

  /** One decision's worth of lookups, memoized. */
  private final class Call {
    private final Actor actor;
    private final DistrictCode district;
    private final LocalDate today;
    private final Map<Scope, ScopeFootprint> own = new HashMap<>();
    private final Map<Scope, ScopeFootprint> related = new HashMap<>();
    private final Supplier<List<DockingAgreement>> agreementsInForce;
    private final Supplier<List<Partner>> allPartners;

    Call(Actor actor) {
      this.actor = actor;
      this.district = actor.district();
      this.today = actor.today();
      this.agreementsInForce = Suppliers.memoize(
          () -> agreements.all(district).stream().filter(a -> a.countsOn(today)).toList());
      this.allPartners = Suppliers.memoize(() -> partners.all(district));
    }

    ScopeFootprint own(Scope scope) {
      return own.computeIfAbsent(scope, this::resolveOwn);
    }

    ScopeFootprint related(Scope scope) {
      return related.computeIfAbsent(scope, this::resolveRelated);
    }

    private ScopeFootprint resolveOwn(Scope scope) {
      String ref = scope.reference();
      return switch (scope.type()) {
        case DISTRICT, AGGREGATE_ONLY -> ScopeFootprint.EMPTY;
        case ZONE -> id(ref, ZoneId::of).flatMap(z -> zones.byId(district, z))
            .map(z -> new ScopeFootprint(Set.copyOf(z.membersOn(today)), Set.of(z.id()), Set.of()))
            .orElse(ScopeFootprint.EMPTY);
        case SCHOOL, CASELOAD -> id(ref, SchoolId::of).map(s -> ScopeFootprint.ofSchools(Set.of(s)))
            .orElse(ScopeFootprint.EMPTY);
        case CLASSES -> id(ref, ClassId::of).flatMap(c -> roster.classById(district, c))
            .map(c -> ScopeFootprint.ofSchools(Set.of(c.school()))).orElse(ScopeFootprint.EMPTY);
        case GUARDIAN_OF -> ScopeFootprint.ofSchools(childrensSchools());
        case PARTNER, INSTITUTION -> id(ref, PartnerId::of).map(p -> ScopeFootprint.ofPartners(Set.of(p)))
            .orElse(ScopeFootprint.EMPTY);
        case UNIT -> ScopeFootprint.ofPartners(allPartners.get().stream()
            .filter(p -> p.kind() == PartnerKind.DEPARTMENT)
            .filter(p -> p.optionalUnit().map(UnitCode::value).filter(ref::equals).isPresent())
            .map(Partner::id).collect(Collectors.toSet()));
      };
    }

    /** The schools of the students linked to the user's guardian record (none if the user has none). */
    private Set<SchoolId> childrensSchools() {
      return actor.user().linkedGuardian()
          .map(g -> roster.linksOfGuardian(district, g).stream()
              .map(GuardianLink::student)
              .map(s -> roster.studentById(district, s))
              .flatMap(Optional::stream)
              .map(Student::school)
              .collect(Collectors.toCollection(LinkedHashSet::new)))
          .map(Set::copyOf)
          .orElse(Set.of());
    }

    private ScopeFootprint resolveRelated(Scope scope) {
      ScopeFootprint own = own(scope);
      return switch (scope.type()) {
        case ZONE -> new ScopeFootprint(Set.of(), Set.of(), agreementsInForce.get().stream()
            .filter(a -> own.schools().contains(a.school())).map(DockingAgreement::partner).collect(Collectors.toSet()));
        case SCHOOL, CASELOAD, CLASSES -> {
          Set<ZoneId> ownZones = own.schools().stream()
              .flatMap(s -> zones.membershipsOf(district, s).stream())
              .filter(m -> m.countsOn(today)).map(ZoneMembership::zone).collect(Collectors.toSet());
          Set<PartnerId> docking = own.schools().stream()
              .flatMap(s -> agreements.ofSchool(district, s).stream())
              .filter(a -> a.countsOn(today)).map(DockingAgreement::partner).collect(Collectors.toSet());
          yield new ScopeFootprint(Set.of(), ownZones, docking);
        }
        case PARTNER, INSTITUTION, UNIT -> ScopeFootprint.ofSchools(agreementsInForce.get().stream()
            .filter(a -> own.partners().contains(a.partner())).map(DockingAgreement::school)
            .collect(Collectors.toSet()));
        case DISTRICT, AGGREGATE_ONLY, GUARDIAN_OF -> ScopeFootprint.EMPTY;
      };
    }
  }

  /** A reference that is not a well-formed id reaches nothing (it cannot name a record). */
  private static <T> Optional<T> id(String reference, Function<String, T> parse) {
    try {
      return Optional.of(parse.apply(reference));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** A grant whose footprints are read on first use, at most once. */
  private static final class LazyGrant implements Grant {
    private final Role role;
    private final Scope scope;
    private final Supplier<ScopeFootprint> own;
    private final Supplier<ScopeFootprint> related;

    LazyGrant(Role role, Scope scope, Supplier<ScopeFootprint> own, Supplier<ScopeFootprint> related) {
      this.role = role;
      this.scope = scope;
      this.own = Suppliers.memoize(own::get);
      this.related = Suppliers.memoize(related::get);
    }

    @Override
    public Role role() {
      return role;
    }

    @Override
    public Scope scope() {
      return scope;
    }

    @Override
    public ScopeFootprint own() {
      return own.get();
    }

    @Override
    public ScopeFootprint related() {
      return related.get();
    }
  }
}
