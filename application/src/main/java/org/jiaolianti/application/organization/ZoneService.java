package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.application.organization.port.in.ManageZonesUseCase;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.Periods;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.organization.ZoneMembershipRule;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/** Establishes zones and manages their memberships under the one-zone-at-a-time rule (五(一)1). */
public final class ZoneService implements ManageZonesUseCase {

  private final Zones zones;
  private final Schools schools;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ZoneService(Zones zones, Schools schools, Transactions tx, Clock clock, CommandValidator validator) {
    this.zones = requireNonNull(zones);
    this.schools = requireNonNull(schools);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public Zone establish(EstablishZoneCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    SchoolId lead = SchoolId.of(command.leadSchoolId());
    return tx.inTransaction(() -> {
      requireSchool(district, lead);
      RuleViolationException.throwIfRejected(ZoneMembershipRule.canJoin(lead, DateRange.from(command.establishedOn()),
          zones.membershipsOf(district, lead)));
      Zone zone = Zone.establish(ZoneId.newId(), district, command.name().strip(), lead,
          Periods.blankToNull(command.coordinationOffice()), command.establishedOn(), ZoneMembershipId.newId());
      zones.add(zone);
      return zone;
    });
  }

  @Override
  public Zone addMember(AddZoneMemberCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    SchoolId school = SchoolId.of(command.schoolId());
    DateRange period = Periods.of(command.validFrom(), command.validTo());
    return tx.inTransaction(() -> {
      Zone zone = zone(district, command.zoneId());
      requireSchool(district, school);
      RuleViolationException.throwIfRejected(zone.canAdd(school, period));
      RuleViolationException.throwIfRejected(ZoneMembershipRule.canJoin(school, period, zones.membershipsOf(district, school)));
      return zones.update(zone.withMember(ZoneMembershipId.newId(), school, period));
    });
  }

  @Override
  public Zone endMembership(EndZoneMembershipCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    ZoneMembershipId id = ZoneMembershipId.of(command.membershipId());
    return tx.inTransaction(() -> {
      Zone zone = zone(district, command.zoneId());
      var membership = zone.membership(id).orElseThrow(() -> new NotFoundException("zone membership", id));
      RuleViolationException.throwIfRejected(zone.canEndOrVoid(id));
      Periods.requireEndWithin(membership.period(), command.lastDay());
      return zones.update(zone.endingMembership(id, command.lastDay()));
    });
  }

  @Override
  public Zone voidMembership(VoidZoneMembershipCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    ZoneMembershipId id = ZoneMembershipId.of(command.membershipId());
    return tx.inTransaction(() -> {
      Zone zone = zone(district, command.zoneId());
      zone.membership(id).orElseThrow(() -> new NotFoundException("zone membership", id));
      RuleViolationException.throwIfRejected(zone.canEndOrVoid(id));
      return zones.update(zone.voidingMembership(id, new Voiding(command.voidedBy(), clock.now(), command.reason())));
    });
  }

  private Zone zone(DistrictCode district, String id) {
    return zones.byId(district, ZoneId.of(id)).orElseThrow(() -> new NotFoundException("zone", id));
  }

  private void requireSchool(DistrictCode district, SchoolId school) {
    if (schools.byId(district, school).isEmpty()) {
      throw new NotFoundException("school", school);
    }
  }

}
