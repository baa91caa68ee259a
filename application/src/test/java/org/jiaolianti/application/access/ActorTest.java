package org.jiaolianti.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Test;

/** The signed-in user with today's assignments. */
class ActorTest {

  private final AccessWorld w = new AccessWorld();

  @Test
  void anActorKnowsItsDistrictRolesAndScopes() {
    w.assign(w.schoolAdmin, Role.COUNSELLOR, ScopeType.SCHOOL, w.b.id().value(), ISSUED, null);

    Actor actor = w.actor(w.schoolAdmin);

    assertThat(actor.district()).isEqualTo(XIANGAN);
    assertThat(actor.userId()).isEqualTo(w.schoolAdmin.id());
    assertThat(actor.today()).isEqualTo(ISSUED);
    assertThat(actor.roles()).containsExactly(Role.SCHOOL_ADMIN, Role.COUNSELLOR);
    assertThat(actor.has(Role.COUNSELLOR)).isTrue();
    assertThat(actor.has(Role.DISTRICT_ADMIN)).isFalse();
    assertThat(actor.scopesOf(Role.COUNSELLOR)).containsExactly(Scope.of(ScopeType.SCHOOL, w.b.id().value()));
  }

  @Test
  void anActorHoldsOnlyItsOwnAssignmentsInForceToday() {
    RoleAssignment teachers = w.actor(w.teacher).activeAssignments().get(0);
    User admin = w.admin;

    assertThatIllegalArgumentException().isThrownBy(() -> new Actor(admin, List.of(teachers), ISSUED));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new Actor(w.teacher, List.of(teachers), ISSUED.minusDays(1)));
    assertThat(new Actor(w.teacher, List.of(teachers), LocalDate.of(2030, 1, 1)).roles()).containsExactly(Role.TEACHER);
  }
}
