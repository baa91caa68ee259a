package org.jiaolianti.adapters.rest.milestone;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.AppointMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.AddZoneMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;

/**
 * Two districts in one app for the milestone resources: Xiang'an (the seed, 350213) with a small
 * organization — town 新店街道, zone A实验区 of two primary schools (新店一小 established from the issue
 * date, 新店二小 not) and a kindergarten (not counted), a community partner, a class and a guardian —
 * and a token for a user of every role that matters here; and Huli ({@link TestPolicies#huli()},
 * 350206) with its own DISTRICT_ADMIN.
 */
final class MilestoneWorld implements AutoCloseable {

  static final String HULI = TestPolicies.HULI.value();
  static final LocalDate ISSUED = LocalDate.of(2025, 12, 1);

  final RestWorld world = new RestWorld();
  final Jiaolianti app = world.app.activate(TestPolicies.huli());

  final Town xindian = app.register().registerTown(
      new RegisterTownCommand(RestWorld.DISTRICT, "350213001", "新店街道", TownKind.STREET));
  final School established = school("3502130001", "新店一小", SchoolType.PRIMARY);
  final School notEstablished = school("3502130002", "新店二小", SchoolType.PRIMARY);
  final School kindergarten = school("3502130003", "新店幼儿园", SchoolType.KINDERGARTEN);
  final Zone zone = app.zones().establish(
      new EstablishZoneCommand(RestWorld.DISTRICT, "A实验区", established.id().value(), "A实验区协调办公室", ISSUED));
  final Partner community = app.register().registerPartner(new RegisterPartnerCommand(RestWorld.DISTRICT,
      PartnerKind.COMMUNITY, "新店社区", null, xindian.code().value(), null));

  /** Xiang'an users by role, each in a scope of the organization above. */
  final Map<Role, String> xiangan = new EnumMap<>(Role.class);
  /** A Xiang'an UNIT_OFFICER who sees aggregates only. */
  final String aggregateOnly;
  /** Huli's DISTRICT_ADMIN. */
  final String huliAdmin;

  MilestoneWorld() {
    for (School s : new School[] {notEstablished, kindergarten}) {
      app.zones().addMember(new AddZoneMemberCommand(RestWorld.DISTRICT, zone.id().value(), s.id().value(), ISSUED, null));
    }
    Arrays.stream(CommitteeMemberKind.values()).forEach(kind -> app.committees().appoint(new AppointMemberCommand(
        RestWorld.DISTRICT, established.id().value(), kind.label().zh() + "成员", kind, null, ISSUED, null)));
    app.agreements().sign(new SignAgreementsCommand(RestWorld.DISTRICT, community.id().value(),
        java.util.List.of(established.id().value()),
        Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION, Collaboration.VENUE_SCHOOL),
        "共建共育", "定期联席会议", "联络人", "0592-7000000", ISSUED, null));

    var schoolClass = app.roster().registerClass(
        new RegisterClassCommand(RestWorld.DISTRICT, established.id().value(), 2025, 3, 1));
    var guardian = app.roster().registerGuardian(new RegisterGuardianCommand(RestWorld.DISTRICT, "王家长", "13800000000"));

    xiangan.put(Role.DISTRICT_ADMIN, token("xa.admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    xiangan.put(Role.AUDITOR, token("xa.auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    xiangan.put(Role.DISTRICT_MH_OFFICER, token("xa.mh", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    xiangan.put(Role.USER_ADMIN, token("xa.users", Role.USER_ADMIN, ScopeType.DISTRICT, null));
    xiangan.put(Role.UNIT_OFFICER, token("xa.unit", Role.UNIT_OFFICER, ScopeType.UNIT, "EDUCATION_BUREAU"));
    xiangan.put(Role.ZONE_COORDINATOR, token("xa.zone", Role.ZONE_COORDINATOR, ScopeType.ZONE, zone.id().value()));
    xiangan.put(Role.SCHOOL_ADMIN, token("xa.school", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, established.id().value()));
    xiangan.put(Role.TEACHER, token("xa.teacher", Role.TEACHER, ScopeType.CLASSES, schoolClass.id().value()));
    xiangan.put(Role.PARTNER_STAFF, token("xa.partner", Role.PARTNER_STAFF, ScopeType.PARTNER, community.id().value()));
    User parent = app.users().register(
        new RegisterUserCommand(RestWorld.DISTRICT, "xa.guardian", "王家长", guardian.id().value()));
    world.grant(parent, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    xiangan.put(Role.GUARDIAN, world.token(parent));
    aggregateOnly = token("xa.aggregate", Role.UNIT_OFFICER, ScopeType.AGGREGATE_ONLY, null);

    User huli = app.users().register(new RegisterUserCommand(HULI, "hl.admin", "hl.admin", null));
    app.users().assign(new AssignRoleCommand(HULI, huli.id().value(), Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null,
        RestWorld.ROLES_FROM, null));
    huliAdmin = world.token(huli);
  }

  private School school(String code, String name, SchoolType type) {
    return app.register().registerSchool(new RegisterSchoolCommand(RestWorld.DISTRICT, code, name, type, "350213001",
        LocalDate.of(2010, 9, 1)));
  }

  private String token(String username, Role role, ScopeType scope, String reference) {
    return world.token(world.user(username, role, scope, reference));
  }

  String token(Role role) {
    return xiangan.get(role);
  }

  @Override
  public void close() {
    world.close();
  }
}
