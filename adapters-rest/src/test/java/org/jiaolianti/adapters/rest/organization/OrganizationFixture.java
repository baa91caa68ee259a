package org.jiaolianti.adapters.rest.organization;

import java.time.LocalDate;
import java.util.List;
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
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * A small Xiang'an built through the use cases, on a real server:
 *
 * <pre>
 * town T1 (350213100): school A (PRIMARY, lead of zone Z1), school B (PRIMARY, member of Z1)
 * town T2 (350213101): school C (JUNIOR_SECONDARY, lead of zone Z2), school D (PRIMARY, in no zone)
 * town T3 (350213102): left empty for the tests that register schools
 * partners: T1 itself (TOWN_STREET), the health bureau (DEPARTMENT HEALTH_BUREAU), a sports venue
 *   (SOCIAL_RESOURCE_UNIT), a community of T2 (COMMUNITY)
 * agreements (from 2025-01-01, open): T1×A (home-school, community, police), health×A (medical),
 *   health×C (medical), venue×B (sports), health×B (medical)
 * committee of A: all four kinds from 2025-01-01, so A has established its 教联体; B has not
 * </pre>
 *
 * and a user with a token for each role: district admin, auditor, user admin, clinician, Z1's coordinator,
 * A's school admin, a teacher of a class in A, A's counsellor, the venue's staff, the health bureau's
 * officer, and a guardian of a pupil in B.
 */
final class OrganizationFixture implements AutoCloseable {

  static final String T1 = "350213100";
  static final String T2 = "350213101";
  static final String T3 = "350213102";
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate OPENED = LocalDate.of(2010, 9, 1);

  final RestWorld world = new RestWorld();
  final Jiaolianti app = world.app;
  final String district = RestWorld.DISTRICT;

  final School schoolA;
  final School schoolB;
  final School schoolC;
  final School schoolD;
  final Zone zone1;
  final Zone zone2;
  final Partner town1;
  final Partner health;
  final Partner venue;
  final Partner community;
  final DockingAgreement town1A;
  final DockingAgreement healthA;
  final DockingAgreement healthC;
  final DockingAgreement venueB;
  final DockingAgreement healthB;

  final String admin;
  final String auditor;
  final String userAdmin;
  final String clinician;
  final String zoneCoordinator;
  final String schoolAdminA;
  final String teacherA;
  final String counsellorA;
  final String venueStaff;
  final String healthOfficer;
  final String guardianB;

  OrganizationFixture() {
    var register = app.register();
    register.registerTown(new RegisterTownCommand(district, T1, "新店镇", TownKind.TOWN));
    register.registerTown(new RegisterTownCommand(district, T2, "马巷镇", TownKind.TOWN));
    register.registerTown(new RegisterTownCommand(district, T3, "新圩镇", TownKind.TOWN));
    schoolA = school("3502130001", "翔安区实验小学", SchoolType.PRIMARY, T1);
    schoolB = school("3502130002", "新店中心小学", SchoolType.PRIMARY, T1);
    schoolC = school("3502130003", "马巷中学", SchoolType.JUNIOR_SECONDARY, T2);
    schoolD = school("3502130004", "马巷第二小学", SchoolType.PRIMARY, T2);

    Zone z1 = app.zones().establish(new EstablishZoneCommand(district, "新店实验区", id(schoolA), "实验小学三楼", FROM));
    zone1 = app.zones().addMember(new AddZoneMemberCommand(district, z1.id().value(), id(schoolB), FROM, null));
    zone2 = app.zones().establish(new EstablishZoneCommand(district, "马巷实验区", id(schoolC), null, FROM));

    town1 = register.registerPartner(new RegisterPartnerCommand(district, PartnerKind.TOWN_STREET, "新店镇人民政府", null,
        T1, null));
    health = register.registerPartner(new RegisterPartnerCommand(district, PartnerKind.DEPARTMENT, "区卫生健康局",
        "HEALTH_BUREAU", null, null));
    venue = register.registerPartner(new RegisterPartnerCommand(district, PartnerKind.SOCIAL_RESOURCE_UNIT, "翔安体育馆",
        null, null, SocialResourceKind.SPORTS_VENUE));
    community = register.registerPartner(new RegisterPartnerCommand(district, PartnerKind.COMMUNITY, "马巷社区", null, T2,
        null));

    town1A = sign(town1, schoolA, Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION,
        Collaboration.POLICE_SCHOOL));
    healthA = sign(health, schoolA, Set.of(Collaboration.MEDICAL_EDUCATION));
    healthC = sign(health, schoolC, Set.of(Collaboration.MEDICAL_EDUCATION));
    venueB = sign(venue, schoolB, Set.of(Collaboration.SPORTS_EDUCATION));
    healthB = sign(health, schoolB, Set.of(Collaboration.MEDICAL_EDUCATION));

    for (CommitteeMemberKind kind : CommitteeMemberKind.values()) {
      app.committees().appoint(new AppointMemberCommand(district, id(schoolA), "委员" + kind.ordinal(), kind, null, FROM,
          null));
    }

    var roster = app.roster();
    var classA = roster.registerClass(new RegisterClassCommand(district, id(schoolA), 2025, 3, 2));
    var pupil = roster.enrol(new EnrolStudentCommand(district, id(schoolB), null, "林小明", Gender.MALE,
        LocalDate.of(2017, 3, 4), "G350213201703040011"));
    var guardian = roster.registerGuardian(new RegisterGuardianCommand(district, "林女士", "13800000001"));
    roster.link(new LinkGuardianCommand(district, guardian.id().value(), pupil.id().value(), GuardianRelation.MOTHER));

    admin = token("org.admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    auditor = token("org.auditor", Role.AUDITOR, ScopeType.DISTRICT, null);
    userAdmin = token("org.useradmin", Role.USER_ADMIN, ScopeType.DISTRICT, null);
    clinician = token("org.clinician", Role.CLINICIAN, ScopeType.INSTITUTION, health.id().value());
    zoneCoordinator = token("org.zone1", Role.ZONE_COORDINATOR, ScopeType.ZONE, zone1.id().value());
    schoolAdminA = token("org.admin.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, id(schoolA));
    teacherA = token("org.teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value());
    counsellorA = token("org.counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, id(schoolA));
    venueStaff = token("org.venue", Role.PARTNER_STAFF, ScopeType.PARTNER, venue.id().value());
    healthOfficer = token("org.health", Role.UNIT_OFFICER, ScopeType.UNIT, "HEALTH_BUREAU");
    User parent = app.users().register(new RegisterUserCommand(district, "org.parent.b", "林女士", guardian.id().value()));
    world.grant(parent, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    guardianB = world.token(parent);
  }

  static String id(School school) {
    return school.id().value();
  }

  private School school(String code, String name, SchoolType type, String town) {
    return app.register().registerSchool(new RegisterSchoolCommand(district, code, name, type, town, OPENED));
  }

  private DockingAgreement sign(Partner partner, School school, Set<Collaboration> collaborations) {
    return app.agreements().sign(new SignAgreementsCommand(district, partner.id().value(), List.of(id(school)),
        collaborations, "共同开展活动", "每学期联席会议", "张老师", "0592-7000000", FROM, null)).get(0);
  }

  private String token(String username, Role role, ScopeType scope, String reference) {
    return world.token(world.user(username, role, scope, reference));
  }

  @Override
  public void close() {
    world.close();
  }
}
