package org.jiaolianti.application.messaging;

import java.time.LocalDate;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
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
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Two schools; in school A two classes (1 and 2) with a pupil each (Xiaoming in 1, Xiaohong in 2), their
 * mothers as guardian users, a teacher of each class, a leader of each school and a district admin; a
 * settable clock and the given local settings.
 */
final class MessagingWorld {

  static final String D = "350213";
  static final LocalDate FROM = LocalDate.of(2025, 9, 1);

  final Clocks.SettableClock clock = Clocks.fixed(Scenario.at(LocalDate.of(2026, 3, 2)));
  final Jiaolianti app;
  final School schoolA;
  final School schoolB;
  final SchoolClass class1;
  final SchoolClass class2;
  final Student xiaoming;
  final Student xiaohong;
  final User mingMother;
  final User hongMother;
  final User teacher1;
  final User teacher2;
  final User leaderA;
  final User leaderB;
  final User bureau;

  MessagingWorld(LocalSettings settings) {
    Policy policy = TestPolicies.builder(TestPolicies.XIANGAN, "xiangan-test-2025", Bilingual.of("翔安区", "Xiang'an"))
        .localSettings(settings).build();
    app = new Jiaolianti(InMemoryStorage.create(), clock).activate(policy);
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        org.jiaolianti.domain.policy.SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "新店中心小学",
        org.jiaolianti.domain.policy.SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    var roster = app.roster();
    class1 = roster.registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    class2 = roster.registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 2));
    xiaoming = roster.enrol(new EnrolStudentCommand(D, schoolA.id().value(), class1.id().value(), "林小明", Gender.MALE,
        LocalDate.of(2017, 3, 4), "G350213201703040011"));
    xiaohong = roster.enrol(new EnrolStudentCommand(D, schoolA.id().value(), class2.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    mingMother = guardianOf(xiaoming, "ming.mother", "林妈妈", "13800000001");
    hongMother = guardianOf(xiaohong, "hong.mother", "陈妈妈", "13800000002");
    teacher1 = user("teacher.one", "王老师", Role.TEACHER, ScopeType.CLASSES, class1.id().value());
    teacher2 = user("teacher.two", "李老师", Role.TEACHER, ScopeType.CLASSES, class2.id().value());
    leaderA = user("leader.a", "张校长", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value());
    leaderB = user("leader.b", "赵校长", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value());
    bureau = user("bureau.staff", "区教育局", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
  }

  private User guardianOf(Student student, String username, String name, String mobile) {
    var g = app.roster().registerGuardian(new RegisterGuardianCommand(D, name, mobile));
    app.roster().link(new LinkGuardianCommand(D, g.id().value(), student.id().value(), GuardianRelation.MOTHER));
    User u = app.users().register(new RegisterUserCommand(D, username, name, g.id().value()));
    app.users().assign(new AssignRoleCommand(D, u.id().value(), Role.GUARDIAN, ScopeType.GUARDIAN_OF, null, FROM, null));
    return u;
  }

  private User user(String username, String name, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(D, username, name, null));
    app.users().assign(new AssignRoleCommand(D, u.id().value(), role, scope, reference, FROM, null));
    return u;
  }

  Actor actor(User user) {
    return app.access().actor(user.username());
  }

  void today(LocalDate date) {
    clock.set(Scenario.at(date));
  }
}
