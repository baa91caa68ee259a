package org.jiaolianti.application.access;

import static org.jiaolianti.application.testing.Scenario.HULI;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * A small Xiang'an with one user per role, and a Huli next door, all built through the use cases.
 *
 * <pre>
 *   zone Z  (lead A): A, B        town 新店: A, B; community P1 docks with A
 *   zone Z2 (lead D): D           town 马巷: C, D; community P2 docks with C
 *   C: in no zone                 department HEALTH docks with B; department WOMEN docks with C
 *   class 3-1 of A (the teacher)  the guardian's child is in B
 *   hospital M (the clinician's institution) docks with D
 *   Huli: school H, community PH, and its own district admin
 * </pre>
 */
final class AccessWorld {

  final Scenario scenario = new Scenario();

  final Town xindian = scenario.town(XIANGAN, "350213001", "新店街道");
  final Town maxiang = scenario.town(XIANGAN, "350213002", "马巷街道");
  final School a = scenario.school("3502130001", "新店中心小学", xindian);
  final School b = scenario.school("3502130002", "新店第二小学", xindian);
  final School c = scenario.school("3502130003", "马巷中心小学", maxiang);
  final School d = scenario.school("3502130004", "马巷第二小学", maxiang);
  final Zone z = scenario.join(scenario.zone("新店实验区", a), b, ISSUED, null);
  final Zone z2 = scenario.zone("马巷实验区", d);
  final Partner p1 = scenario.community("新店社区", xindian);
  final Partner p2 = scenario.community("马巷社区", maxiang);
  final Partner health = scenario.department(XIANGAN, "区卫健局", TestPolicies.HEALTH);
  final Partner women = scenario.department(XIANGAN, "区妇联", TestPolicies.WOMEN);
  final Partner hospital = scenario.app.register().registerPartner(new RegisterPartnerCommand(XIANGAN.value(),
      PartnerKind.SOCIAL_RESOURCE_UNIT, "区精神卫生中心", null, null, SocialResourceKind.MEDICAL_INSTITUTION));

  final Town huliTown = scenario.town(HULI, "350206001", "湖里街道");
  final School h = scenario.school(HULI, "3502060001", "湖里实验小学", org.jiaolianti.domain.policy.SchoolType.PRIMARY,
      huliTown);
  final Partner ph = scenario.community("湖里社区", huliTown);

  final SchoolClass classOfA;
  final Student childInB;
  final Guardian parent;

  final User admin;
  final User mhOfficer;
  final User unitOfficer;
  final User zoneCoordinator;
  final User schoolAdmin;
  final User teacher;
  final User counsellor;
  final User guardian;
  final User partnerStaff;
  final User clinician;
  final User auditor;
  final User userAdmin;
  final User huliAdmin;
  final User aggregateOfficer;
  final User nobody;

  AccessWorld() {
    Set<Collaboration> homeAndCommunity = Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION);
    scenario.sign(p1, homeAndCommunity, ISSUED, a);
    scenario.sign(p2, homeAndCommunity, ISSUED, c);
    scenario.sign(health, Set.of(Collaboration.MEDICAL_EDUCATION), ISSUED, b);
    scenario.sign(women, Set.of(Collaboration.HOME_SCHOOL), ISSUED, c);
    scenario.sign(hospital, Set.of(Collaboration.MEDICAL_EDUCATION), ISSUED, d);
    scenario.sign(ph, homeAndCommunity, ISSUED, h);

    var roster = scenario.app.roster();
    classOfA = roster.registerClass(new RegisterClassCommand(XIANGAN.value(), a.id().value(), 2025, 3, 1));
    childInB = roster.enrol(new EnrolStudentCommand(XIANGAN.value(), b.id().value(), null, "陈小明", Gender.MALE,
        LocalDate.of(2016, 5, 1), "G350213201605010011"));
    parent = roster.registerGuardian(new RegisterGuardianCommand(XIANGAN.value(), "陈妈妈", "13912345678"));
    roster.link(new LinkGuardianCommand(XIANGAN.value(), parent.id().value(), childInB.id().value(),
        GuardianRelation.MOTHER));

    admin = user("xa.admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    mhOfficer = user("xa.mh", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
    unitOfficer = user("xa.health", Role.UNIT_OFFICER, ScopeType.UNIT, TestPolicies.HEALTH.value());
    zoneCoordinator = user("xa.zone", Role.ZONE_COORDINATOR, ScopeType.ZONE, z.id().value());
    schoolAdmin = user("xa.school-a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, a.id().value());
    teacher = user("xa.teacher", Role.TEACHER, ScopeType.CLASSES, classOfA.id().value());
    counsellor = user("xa.counsellor", Role.COUNSELLOR, ScopeType.CASELOAD, a.id().value());
    guardian = register("xa.parent", XIANGAN.value(), parent.id().value());
    assign(guardian, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null, ISSUED, null);
    partnerStaff = user("xa.community2", Role.PARTNER_STAFF, ScopeType.PARTNER, p2.id().value());
    clinician = user("xa.clinician", Role.CLINICIAN, ScopeType.INSTITUTION, hospital.id().value());
    auditor = user("xa.auditor", Role.AUDITOR, ScopeType.DISTRICT, null);
    userAdmin = user("xa.users", Role.USER_ADMIN, ScopeType.DISTRICT, null);
    aggregateOfficer = user("xa.women", Role.UNIT_OFFICER, ScopeType.AGGREGATE_ONLY, null);
    nobody = register("xa.nobody", XIANGAN.value(), null);
    huliAdmin = register("hl.admin", HULI.value(), null);
    assign(huliAdmin, Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null, ISSUED, null);
  }

  User register(String username, String district, String guardianId) {
    return scenario.app.users().register(new RegisterUserCommand(district, username, username + " 用户", guardianId));
  }

  RoleAssignment assign(User user, Role role, ScopeType scope, String reference, LocalDate from, LocalDate to) {
    return scenario.app.users().assign(new AssignRoleCommand(user.district().value(), user.id().value(), role, scope,
        reference, from, to));
  }

  private User user(String username, Role role, ScopeType scope, String reference) {
    User user = register(username, XIANGAN.value(), null);
    assign(user, role, scope, reference, ISSUED, null);
    return user;
  }

  /** The Xiang'an user holding {@code role} (the UNIT_OFFICER is the one with a unit scope). */
  User holderOf(Role role) {
    return switch (role) {
      case DISTRICT_ADMIN -> admin;
      case DISTRICT_MH_OFFICER -> mhOfficer;
      case UNIT_OFFICER -> unitOfficer;
      case ZONE_COORDINATOR -> zoneCoordinator;
      case SCHOOL_ADMIN -> schoolAdmin;
      case TEACHER -> teacher;
      case COUNSELLOR -> counsellor;
      case GUARDIAN -> guardian;
      case PARTNER_STAFF -> partnerStaff;
      case CLINICIAN -> clinician;
      case AUDITOR -> auditor;
      case USER_ADMIN -> userAdmin;
    };
  }

  List<User> everyUser() {
    return List.of(admin, mhOfficer, unitOfficer, zoneCoordinator, schoolAdmin, teacher, counsellor, guardian,
        partnerStaff, clinician, auditor, userAdmin, aggregateOfficer, nobody, huliAdmin);
  }

  Actor actor(User user) {
    return scenario.app.access().actor(user.username());
  }

  Target.School school(School school) {
    return new Target.School(school.district(), school.id());
  }

  Target.Zone zone(Zone zone) {
    return new Target.Zone(zone.district(), zone.id());
  }

  Target.Partner partner(Partner partner) {
    return new Target.Partner(partner.district(), partner.id());
  }

  Target.User user(User user) {
    return new Target.User(user.district(), user.id());
  }

  /** Every target of both districts: the districts, schools, zones, partners and users. */
  List<Target> everyTarget() {
    List<Target> targets = new ArrayList<>(List.of(new Target.District(XIANGAN), new Target.District(HULI)));
    List.of(a, b, c, d, h).forEach(s -> targets.add(school(s)));
    List.of(z, z2).forEach(zn -> targets.add(zone(zn)));
    List.of(p1, p2, health, women, hospital, ph).forEach(p -> targets.add(partner(p)));
    everyUser().forEach(u -> targets.add(user(u)));
    return targets;
  }
}
