package org.jiaolianti.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.testing.Scenario.HULI;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RevokeRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.UpdateUserCommand;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotAuthenticatedException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.junit.jupiter.api.Test;

/** Users and their dated, scoped, revocable role assignments. */
class UserServiceTest {

  private final Scenario scenario = new Scenario();
  private final School school = scenario.school("3502130001", "新店中心小学", scenario.town(XIANGAN, "350213001", "新店街道"));
  private final User teacher = register("wang.teacher", "王老师", null);

  private User register(String username, String name, String guardianId) {
    return scenario.app.users().register(new RegisterUserCommand("350213", username, name, guardianId));
  }

  private RoleAssignment assign(User user, Role role, ScopeType scope, String reference) {
    return scenario.app.users().assign(new AssignRoleCommand("350213", user.id().value(), role, scope, reference, ISSUED,
        null));
  }

  private InvalidInputException invalid(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    assertThat(e).as("invalid input").isNotNull();
    return e;
  }

  @Test
  void aScopeTypeTheRoleDoesNotAllowIsInvalid() {
    InvalidInputException e = invalid(() -> assign(teacher, Role.SCHOOL_ADMIN, ScopeType.DISTRICT, null));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("scopeType");
      assertThat(f.message().zh()).contains("SCHOOL_ADMIN");
      assertThat(f.message().en()).contains("SCHOOL");
    });
    assertThat(scenario.app.users().assignmentsOf(XIANGAN, teacher.id())).isEmpty();
  }

  @Test
  void aScopeMustNameSomethingThatExists() {
    InvalidInputException e = invalid(() -> assign(teacher, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, "no-such-school"));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("scopeReference");
    assertThat(assign(teacher, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value()).scope().reference())
        .isEqualTo(school.id().value());
    assertThat(assign(teacher, Role.UNIT_OFFICER, ScopeType.UNIT, TestPolicies.HEALTH.value()).role())
        .isEqualTo(Role.UNIT_OFFICER);
  }

  @Test
  void aRevokedAssignmentStaysInTheHistory() {
    RoleAssignment granted = assign(teacher, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value());
    LocalDate revokedOn = LocalDate.of(2026, 3, 2);
    scenario.today(revokedOn);

    RoleAssignment revoked = scenario.app.users().revoke(new RevokeRoleCommand("350213", granted.id().value(), "账号管理员",
        "调离学校"));

    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.revocation().revokedBy()).isEqualTo("账号管理员");
    assertThat(revoked.revocation().revokedAt()).isEqualTo(scenario.clock.now());
    assertThat(revoked.revocation().reason()).isEqualTo("调离学校");
    assertThat(scenario.app.users().assignmentsOf(XIANGAN, teacher.id())).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(granted.id());
      assertThat(a.isRevoked()).isTrue();
      assertThat(a.period()).isEqualTo(granted.period());
      assertThat(a.isActiveOn(revokedOn.minusDays(1), TestPolicies.SHANGHAI)).isTrue();
      assertThat(a.isActiveOn(revokedOn, TestPolicies.SHANGHAI)).isFalse();
    });
    assertThat(invalid(() -> scenario.app.users().revoke(new RevokeRoleCommand("350213", granted.id().value(), "账号管理员",
        "再次撤销"))).errors()).extracting(FieldError::field).containsExactly("assignmentId");
  }

  @Test
  void guardianOfNeedsAUserLinkedToAGuardianRecord() {
    InvalidInputException e = invalid(() -> assign(teacher, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("userId");
      assertThat(f.message().zh()).contains("家长");
      assertThat(f.message().en()).contains("guardian");
    });
    assertThat(scenario.app.users().assignmentsOf(XIANGAN, teacher.id())).isEmpty();

    Guardian guardian = scenario.app.roster().registerGuardian(new RegisterGuardianCommand("350213", "陈妈妈", "13912345678"));
    User parent = register("chen.parent", "陈妈妈", guardian.id().value());
    assertThat(assign(parent, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null).scope().type()).isEqualTo(ScopeType.GUARDIAN_OF);
  }

  @Test
  void aUsernameIsTakenOnce() {
    ConflictException e = catchThrowableOfType(ConflictException.class, () -> register("wang.teacher", "另一位王老师", null));

    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
    ConflictException inHuli = catchThrowableOfType(ConflictException.class, () -> scenario.app.users().register(
        new RegisterUserCommand("350206", "wang.teacher", "湖里王老师", null)));
    assertThat(inHuli.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
  }

  private User update(User user, long version, String displayName, Boolean active) {
    return scenario.app.users().update(new UpdateUserCommand("350213", user.id().value(), version, displayName, active));
  }

  @Test
  void usersAreListedPerDistrictAndFoundByIdOnlyInTheirOwn() {
    User zhao = register("zhao.admin", "赵管理员", null);
    User huli = scenario.app.users().register(new RegisterUserCommand("350206", "huli.teacher", "湖里老师", null));

    assertThat(scenario.app.users().users(XIANGAN)).extracting(User::username).containsExactly("wang.teacher", "zhao.admin");
    assertThat(scenario.app.users().users(HULI)).extracting(User::username).containsExactly("huli.teacher");
    assertThat(scenario.app.users().user(XIANGAN, zhao.id())).isEqualTo(zhao);
    assertThatThrownBy(() -> scenario.app.users().user(XIANGAN, huli.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.users().user(XIANGAN, UserId.of("no-such-user")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUpdateRenamesAndBumpsTheVersion() {
    User renamed = update(teacher, teacher.version(), "  王小明老师 ", null);

    assertThat(renamed.displayName()).isEqualTo("王小明老师");
    assertThat(renamed.active()).isTrue();
    assertThat(renamed.version()).isEqualTo(teacher.version() + 1);
    assertThat(scenario.app.users().user(XIANGAN, teacher.id())).isEqualTo(renamed);
    assertThat(update(renamed, renamed.version(), null, null)).as("nothing to change").isEqualTo(renamed);
  }

  @Test
  void anUpdateBasedOnAStaleVersionIsAConflictAndChangesNothing() {
    User renamed = update(teacher, teacher.version(), "王小明老师", null);

    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> update(teacher, teacher.version(), "另一个名字", false));

    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
    assertThat(scenario.app.users().user(XIANGAN, teacher.id())).isEqualTo(renamed);
  }

  @Test
  void aDeactivatedUserCannotSignInUntilReactivatedAndKeepsTheirAssignments() {
    assign(teacher, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value());
    assertThat(scenario.app.access().actor("wang.teacher").roles()).containsExactly(Role.SCHOOL_ADMIN);

    User off = update(teacher, teacher.version(), null, false);
    assertThat(off.active()).isFalse();
    assertThatThrownBy(() -> scenario.app.access().actor("wang.teacher")).isInstanceOf(NotAuthenticatedException.class);

    User on = update(off, off.version(), null, true);
    assertThat(on.active()).isTrue();
    assertThat(scenario.app.access().actor("wang.teacher").roles()).containsExactly(Role.SCHOOL_ADMIN);
  }

  @Test
  void anUpdateIsValidatedFieldByField() {
    InvalidInputException e = invalid(() -> scenario.app.users().update(
        new UpdateUserCommand("350213", "bad id!", -1, " ", null)));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("displayName", "userId", "version");
    assertThat(e.errors().get(0).message().zh()).isEqualTo("不能为空");
    assertThat(e.errors().get(0).message().en()).isEqualTo("must not be blank");
    assertThat(invalid(() -> update(teacher, 0, "名".repeat(101), null)).errors()).extracting(FieldError::field)
        .containsExactly("displayName");
    assertThatThrownBy(() -> scenario.app.users().update(new UpdateUserCommand("350206", teacher.id().value(), 0,
        "湖里", null))).as("a user of another district").isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAssignmentIsFoundOnlyUnderItsOwnUser() {
    RoleAssignment granted = assign(teacher, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value());
    User other = register("li.teacher", "李老师", null);

    assertThat(scenario.app.users().assignment(XIANGAN, teacher.id(), granted.id())).isEqualTo(granted);
    assertThatThrownBy(() -> scenario.app.users().assignment(XIANGAN, other.id(), granted.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.users().assignment(HULI, teacher.id(), granted.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.users().assignment(XIANGAN, teacher.id(), RoleAssignmentId.of("nothing")))
        .isInstanceOf(NotFoundException.class);
  }
}
