package org.jiaolianti.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;

/**
 * A small Xiang'an roster for the notice tests, registered through the use cases: school A (新店一小) with
 * classes 1(1), 1(2), 2(1) and school B (新店二小) with 1(1); five students; five guardians — 李母 has two
 * children in school A (1(1) and 2(1)), and 李华华 of 1(1) has two guardians. So: class A 1(1) reaches 3
 * guardians, grade 1 of A 4, school A 4 (李母 with one receipt naming both children), the district 5.
 * Users: the bureau's admin, school A's admin, the teacher of A 1(1), the teacher of A 1(2), and two
 * guardians (张父, 李母).
 */
public final class NoticeWorld {

  public static final String D = "350213";
  /** 10:00 on Monday 2 March 2026 in Shanghai: outside the quiet hours. */
  public static final Instant MORNING = at(LocalDateTime.of(2026, 3, 2, 10, 0));

  public final Jiaolianti app;
  public final Town town;
  public final School schoolA;
  public final School schoolB;
  public final SchoolClass a11;
  public final SchoolClass a12;
  public final SchoolClass a21;
  public final SchoolClass b11;
  public final Student zhangXiaoming;
  public final Student liHuahua;
  public final Student wangFangfang;
  public final Student zhaoLeilei;
  public final Student chenChenchen;
  public final Guardian zhangFu;
  public final Guardian liMu;
  public final Guardian liFu;
  public final Guardian wangMu;
  public final Guardian chenFu;
  public final User admin;
  public final User schoolAdminA;
  public final User teacherA11;
  public final User teacherA12;
  public final User guardianZhang;
  public final User guardianLi;

  public static Instant at(LocalDateTime shanghai) {
    return shanghai.atZone(TestPolicies.SHANGHAI).toInstant();
  }

  public NoticeWorld(Jiaolianti app) {
    this.app = app;
    town = app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店街道", TownKind.STREET));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "新店一小", SchoolType.PRIMARY,
        town.code().value(), LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "新店二小", SchoolType.PRIMARY,
        town.code().value(), LocalDate.of(2010, 9, 1)));
    a11 = schoolClass(schoolA, 1, 1);
    a12 = schoolClass(schoolA, 1, 2);
    a21 = schoolClass(schoolA, 2, 1);
    b11 = schoolClass(schoolB, 1, 1);
    zhangXiaoming = student(schoolA, a11, "张小明", "G350213201801010011");
    liHuahua = student(schoolA, a11, "李华华", "G350213201801010012");
    wangFangfang = student(schoolA, a12, "王芳芳", "G350213201801010013");
    zhaoLeilei = student(schoolA, a21, "赵磊磊", "G350213201701010014");
    chenChenchen = student(schoolB, b11, "陈晨晨", "G350213201801010015");
    zhangFu = guardian("张父", "13800000001", zhangXiaoming);
    liMu = guardian("李母", "13800000002", liHuahua, zhaoLeilei);
    liFu = guardian("李父", "13800000003", liHuahua);
    wangMu = guardian("王母", "13800000004", wangFangfang);
    chenFu = guardian("陈父", "13800000005", chenChenchen);
    admin = user("bureau.admin", null, Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    schoolAdminA = user("school.a.admin", null, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value());
    teacherA11 = user("teacher.a11", null, Role.TEACHER, ScopeType.CLASSES, a11.id().value());
    teacherA12 = user("teacher.a12", null, Role.TEACHER, ScopeType.CLASSES, a12.id().value());
    guardianZhang = user("zhang.fu", zhangFu, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    guardianLi = user("li.mu", liMu, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
  }

  public Actor actor(User user) {
    return app.access().actor(user.username());
  }

  private SchoolClass schoolClass(School school, int grade, int number) {
    return app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, grade, number));
  }

  private Student student(School school, SchoolClass c, String name, String number) {
    return app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), c.id().value(), name, Gender.MALE,
        LocalDate.of(2018, 1, 1), number));
  }

  private Guardian guardian(String name, String mobile, Student... children) {
    Guardian g = app.roster().registerGuardian(new RegisterGuardianCommand(D, name, mobile));
    for (Student s : children) {
      app.roster().link(new LinkGuardianCommand(D, g.id().value(), s.id().value(), GuardianRelation.FATHER));
    }
    return g;
  }

  private User user(String username, Guardian guardian, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(D, username, username,
        guardian == null ? null : guardian.id().value()));
    app.users().assign(new AssignRoleCommand(D, u.id().value(), role, scope, reference, LocalDate.of(2025, 12, 1), null));
    return u;
  }

  /** A guardian user for {@code guardian} (for tests that need a guardian of school B). */
  public User userFor(String username, Guardian guardian) {
    return user(username, guardian, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
  }

  /** A teacher of a new class 6(1) of {@code school}. */
  public User staffOf(String username, School school) {
    SchoolClass c = schoolClass(school, 6, 1);
    return user(username, null, Role.TEACHER, ScopeType.CLASSES, c.id().value());
  }
}
