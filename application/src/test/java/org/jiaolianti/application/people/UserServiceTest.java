package org.jiaolianti.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RevokeRoleCommand;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
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
}
