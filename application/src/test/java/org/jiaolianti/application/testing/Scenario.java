package org.jiaolianti.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.AppointMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.VoidAgreementCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.AddZoneMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The use cases over in-memory storage and a settable clock, with the Xiang'an and Huli test policies
 * active, and shortcuts that register data through the use cases (never behind their back).
 */
public final class Scenario {

  public static final DistrictCode XIANGAN = TestPolicies.XIANGAN;
  public static final DistrictCode HULI = TestPolicies.HULI;
  public static final LocalDate ISSUED = TestPolicies.ISSUE_DATE;

  public final Clocks.SettableClock clock = Clocks.fixed(at(LocalDate.of(2025, 12, 1)));
  /** The storage behind {@link #app}, to check what was (not) written where no use case reads it. */
  public final Storage storage = InMemoryStorage.create();
  public final Jiaolianti app = new Jiaolianti(storage, clock)
      .activate(TestPolicies.xiangan())
      .activate(TestPolicies.huli());

  /** Noon of {@code date} in Shanghai. */
  public static Instant at(LocalDate date) {
    return date.atTime(LocalTime.NOON).atZone(TestPolicies.SHANGHAI).toInstant();
  }

  /** Moves the clock to noon of {@code date} in Shanghai. */
  public Scenario today(LocalDate date) {
    clock.set(at(date));
    return this;
  }

  public Town town(DistrictCode district, String code, String name) {
    return app.register().registerTown(new RegisterTownCommand(district.value(), code, name, TownKind.TOWN));
  }

  public School school(DistrictCode district, String code, String name, SchoolType type, Town town) {
    return app.register().registerSchool(new RegisterSchoolCommand(district.value(), code, name, type, town.code().value(),
        LocalDate.of(2010, 9, 1)));
  }

  public School school(String code, String name, Town town) {
    return school(XIANGAN, code, name, SchoolType.PRIMARY, town);
  }

  /** A community (社区) inside {@code town}. */
  public Partner community(String name, Town town) {
    return app.register().registerPartner(new RegisterPartnerCommand(town.district().value(), PartnerKind.COMMUNITY, name,
        null, town.code().value(), null));
  }

  public Partner department(DistrictCode district, String name, UnitCode unit) {
    return app.register().registerPartner(new RegisterPartnerCommand(district.value(), PartnerKind.DEPARTMENT, name,
        unit.value(), null, null));
  }

  public Zone zone(String name, School lead) {
    return app.zones().establish(new EstablishZoneCommand(lead.district().value(), name, lead.id().value(),
        name + "协调办公室", ISSUED));
  }

  public Zone join(Zone zone, School school, LocalDate from, LocalDate to) {
    return app.zones().addMember(new AddZoneMemberCommand(zone.district().value(), zone.id().value(),
        school.id().value(), from, to));
  }

  /** One member of each of the four kinds from {@code from}. */
  public List<CommitteeMember> fullCommittee(School school, LocalDate from) {
    return Arrays.stream(CommitteeMemberKind.values())
        .map(kind -> app.committees().appoint(new AppointMemberCommand(school.district().value(), school.id().value(),
            kind.label().zh() + "成员", kind, null, from, null)))
        .toList();
  }

  public List<DockingAgreement> sign(Partner partner, Set<Collaboration> collaborations, LocalDate from, School... schools) {
    return app.agreements().sign(new SignAgreementsCommand(partner.district().value(), partner.id().value(),
        Arrays.stream(schools).map(s -> s.id().value()).toList(), collaborations, "共建共育", "定期联席会议", "联络人",
        "0592-7000000", from, null));
  }

  public DockingAgreement voidAgreement(DockingAgreement agreement) {
    return app.agreements().voidAgreement(new VoidAgreementCommand(agreement.district().value(), agreement.id().value(),
        "区教育局", "录入错误"));
  }

  /**
   * Makes {@code school} (already in a zone) established from {@code from}: a full committee and one
   * agreement with {@code ownTownCommunity} covering three collaborations.
   */
  public DockingAgreement establish(School school, Partner ownTownCommunity, LocalDate from) {
    fullCommittee(school, from);
    return sign(ownTownCommunity, Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION,
        Collaboration.VENUE_SCHOOL), from, school).get(0);
  }
}
