package org.jiaolianti.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jiaolianti.application.testing.Scenario.HULI;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RevokeRoleCommand;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotAuthenticatedException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one decision function over in-memory storage: for every role a pair (own scope allowed, another
 * scope's target 404), a visible target with a forbidden action (403), authentication, revocation and
 * expiry taking effect on the next request, district isolation.
 */
class AccessServiceTest {

  private final AccessWorld w = new AccessWorld();
  private final AccessControl access = w.scenario.app.access();

  /** One role's pair: {@code action} on {@code own} is allowed; on {@code outside} it is 404. */
  private record Pair(Action action, Target own, Target outside) {}

  private Pair pairFor(Role role) {
    return switch (role) {
      case DISTRICT_ADMIN -> new Pair(Action.MANAGE_ORGANIZATION, w.school(w.c), w.school(w.h));
      case DISTRICT_MH_OFFICER -> new Pair(Action.READ_ORGANIZATION, w.school(w.c), w.school(w.h));
      case UNIT_OFFICER -> new Pair(Action.READ_AGREEMENTS, w.partner(w.health), w.partner(w.ph));
      case ZONE_COORDINATOR -> new Pair(Action.READ_COMMITTEE, w.school(w.b), w.school(w.c));
      case SCHOOL_ADMIN -> new Pair(Action.MANAGE_AGREEMENTS, w.school(w.a), w.school(w.b));
      case TEACHER -> new Pair(Action.READ_ALLIANCE_STATUS, w.school(w.a), w.school(w.c));
      case COUNSELLOR -> new Pair(Action.READ_ORGANIZATION, w.zone(w.z), w.zone(w.z2));
      case GUARDIAN -> new Pair(Action.READ_ORGANIZATION, w.school(w.b), w.school(w.a));
      case PARTNER_STAFF -> new Pair(Action.READ_AGREEMENTS, w.partner(w.p2), w.partner(w.p1));
      case CLINICIAN -> new Pair(Action.READ_SELF, w.user(w.clinician), w.user(w.teacher));
      case AUDITOR -> new Pair(Action.READ_COMMITTEE, w.school(w.d), w.school(w.h));
      case USER_ADMIN -> new Pair(Action.MANAGE_USERS, w.user(w.teacher), w.user(w.huliAdmin));
    };
  }

  /** One role's visible target with an action its roles do not permit on it. */
  private record Refusal(Action action, Target visible) {}

  private Refusal refusalFor(Role role) {
    return switch (role) {
      case DISTRICT_ADMIN -> new Refusal(Action.MANAGE_USERS, w.user(w.admin));
      case DISTRICT_MH_OFFICER -> new Refusal(Action.READ_COMMITTEE, w.school(w.c));
      case UNIT_OFFICER -> new Refusal(Action.READ_AGREEMENTS, w.partner(w.p1));
      case ZONE_COORDINATOR -> new Refusal(Action.MANAGE_COMMITTEE, w.school(w.b));
      case SCHOOL_ADMIN -> new Refusal(Action.MANAGE_ORGANIZATION, w.school(w.a));
      case TEACHER -> new Refusal(Action.READ_COMMITTEE, w.school(w.a));
      case COUNSELLOR -> new Refusal(Action.READ_AGREEMENTS, w.school(w.a));
      case GUARDIAN -> new Refusal(Action.READ_AGREEMENTS, w.school(w.b));
      case PARTNER_STAFF -> new Refusal(Action.MANAGE_AGREEMENTS, w.partner(w.p2));
      case CLINICIAN -> new Refusal(Action.READ_REPORTS, new Target.District(XIANGAN));
      case AUDITOR -> new Refusal(Action.MANAGE_COMMITTEE, w.school(w.c));
      case USER_ADMIN -> new Refusal(Action.READ_COMMITTEE, w.school(w.a));
    };
  }

  private Throwable outcome(User user, Action action, Target target) {
    return catchThrowable(() -> access.check(access.actor(user.username()), action, target));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void inItsOwnScopeARoleIsAllowed_withAnotherScopesIdItGets404(Role role) {
    User user = w.holderOf(role);
    Pair pair = pairFor(role);

    assertThat(w.actor(user).roles()).containsExactly(role);
    assertThat(outcome(user, pair.action(), pair.own())).as("%s %s on its own %s", role, pair.action(), pair.own())
        .isNull();
    assertThat(outcome(user, pair.action(), pair.outside())).as("%s %s on %s", role, pair.action(), pair.outside())
        .isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void aVisibleTargetWithAnActionTheRoleDoesNotHaveIs403(Role role) {
    Refusal refusal = refusalFor(role);

    Throwable t = outcome(w.holderOf(role), refusal.action(), refusal.visible());

    assertThat(t).as("%s %s on %s", role, refusal.action(), refusal.visible()).isInstanceOf(ForbiddenException.class);
    assertThat(((ForbiddenException) t).text().zh()).contains(refusal.action().label().zh());
    assertThat(((ForbiddenException) t).text().en()).contains(refusal.action().label().en());
  }

  @Test
  void aNotFoundForAnOutOfScopeIdReadsLikeAnUnknownId() {
    NotFoundException e = (NotFoundException) outcome(w.schoolAdmin, Action.READ_COMMITTEE, w.school(w.c));

    assertThat(e.text().en()).isEqualTo("school not found: " + w.c.id());
    assertThat(e.text().zh()).isEqualTo("未找到学校：" + w.c.id());
  }

  @Test
  void scopesReachWhatTheTableSays() {
    // the zone coordinator: its zone, member schools, partners docking with them; not other schools' partners
    assertThat(outcome(w.zoneCoordinator, Action.READ_ORGANIZATION, w.zone(w.z))).isNull();
    assertThat(outcome(w.zoneCoordinator, Action.READ_ORGANIZATION, w.school(w.a))).isNull();
    assertThat(outcome(w.zoneCoordinator, Action.READ_ORGANIZATION, w.partner(w.health))).isNull();
    assertThat(outcome(w.zoneCoordinator, Action.READ_ORGANIZATION, w.partner(w.p2))).isInstanceOf(NotFoundException.class);
    assertThat(outcome(w.zoneCoordinator, Action.READ_AGREEMENTS, w.school(w.a))).isNull();
    // a school's people: their school, its zone and the partners docking with it; not zone-mates
    assertThat(outcome(w.teacher, Action.READ_ORGANIZATION, w.zone(w.z))).isNull();
    assertThat(outcome(w.teacher, Action.READ_ORGANIZATION, w.partner(w.p1))).isNull();
    assertThat(outcome(w.teacher, Action.READ_ORGANIZATION, w.school(w.b))).isInstanceOf(NotFoundException.class);
    assertThat(outcome(w.schoolAdmin, Action.MANAGE_COMMITTEE, w.school(w.a))).isNull();
    // the partner and the schools it docks with
    assertThat(outcome(w.partnerStaff, Action.READ_ORGANIZATION, w.school(w.c))).isNull();
    assertThat(outcome(w.partnerStaff, Action.READ_ALLIANCE_STATUS, w.school(w.c))).isNull();
    assertThat(outcome(w.partnerStaff, Action.READ_ORGANIZATION, w.school(w.d))).isInstanceOf(NotFoundException.class);
    assertThat(outcome(w.partnerStaff, Action.READ_AGREEMENTS, w.school(w.c)))
        .as("not the school's other agreements").isInstanceOf(ForbiddenException.class);
    // the unit officer reads structure district-wide, agreements of its unit's department only
    assertThat(outcome(w.unitOfficer, Action.READ_ORGANIZATION, w.school(w.c))).isNull();
    assertThat(outcome(w.unitOfficer, Action.READ_AGREEMENTS, w.partner(w.women))).isInstanceOf(ForbiddenException.class);
    assertThat(outcome(w.unitOfficer, Action.READ_COMMITTEE, w.school(w.b))).isInstanceOf(ForbiddenException.class);
    assertThat(outcome(w.unitOfficer, Action.READ_REPORTS, new Target.District(XIANGAN))).isNull();
    // a guardian: the schools of the linked children only
    assertThat(outcome(w.guardian, Action.READ_ALLIANCE_STATUS, w.school(w.b))).isNull();
    assertThat(outcome(w.guardian, Action.READ_ORGANIZATION, w.zone(w.z))).isInstanceOf(NotFoundException.class);
    // district-wide reads
    assertThat(outcome(w.schoolAdmin, Action.READ_REPORTS, new Target.District(XIANGAN))).isNull();
    assertThat(outcome(w.zoneCoordinator, Action.READ_MILESTONE_EVIDENCE, new Target.District(XIANGAN))).isNull();
    assertThat(outcome(w.admin, Action.RECORD_MILESTONE_EVIDENCE, new Target.District(XIANGAN))).isNull();
    assertThat(outcome(w.auditor, Action.RECORD_MILESTONE_EVIDENCE, new Target.District(XIANGAN)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void theUserAdminSeesNoPupilDataAndOnlyItManagesUsers() {
    for (User user : w.everyUser()) {
      if (user != w.userAdmin && user != w.huliAdmin) {
        assertThat(outcome(user, Action.MANAGE_USERS, new Target.District(XIANGAN))).as(user.username())
            .isInstanceOf(ForbiddenException.class);
      }
    }
    assertThat(outcome(w.userAdmin, Action.MANAGE_USERS, new Target.District(XIANGAN))).isNull();
    assertThat(outcome(w.userAdmin, Action.READ_COMMITTEE, w.school(w.a))).isInstanceOf(ForbiddenException.class);
    assertThat(outcome(w.userAdmin, Action.READ_AGREEMENTS, w.school(w.a))).isInstanceOf(ForbiddenException.class);
    assertThat(outcome(w.userAdmin, Action.READ_REPORTS, new Target.District(XIANGAN))).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anAggregateOnlyScopeReadsReportsAndThePolicyOnly() {
    assertThat(outcome(w.aggregateOfficer, Action.READ_REPORTS, new Target.District(XIANGAN))).isNull();
    assertThat(outcome(w.aggregateOfficer, Action.READ_POLICY, new Target.District(XIANGAN))).isNull();
    assertThat(outcome(w.aggregateOfficer, Action.READ_MILESTONE_EVIDENCE, new Target.District(XIANGAN)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(outcome(w.aggregateOfficer, Action.READ_ORGANIZATION, w.school(w.a))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void everySignedInUserReadsTheirOwnAccount_evenWithNoRole() {
    Actor nobody = w.actor(w.nobody);

    assertThat(nobody.roles()).isEmpty();
    assertThatCode(() -> access.check(nobody, Action.READ_SELF, w.user(w.nobody))).doesNotThrowAnyException();
    assertThat(outcome(w.nobody, Action.READ_POLICY, new Target.District(XIANGAN))).isInstanceOf(ForbiddenException.class);
    assertThat(outcome(w.nobody, Action.READ_ORGANIZATION, w.school(w.a))).isInstanceOf(NotFoundException.class);
    assertThat(outcome(w.admin, Action.READ_SELF, w.user(w.teacher))).isInstanceOf(NotFoundException.class);
  }

  // ---- authentication ----

  @Test
  void anUnknownUsernameDoesNotAuthenticate() {
    assertThat(catchThrowable(() -> access.actor("no.such.user"))).isInstanceOf(NotAuthenticatedException.class);
    assertThat(catchThrowable(() -> access.actor(""))).isInstanceOf(NotAuthenticatedException.class);
    assertThat(catchThrowable(() -> access.actor(null))).isInstanceOf(NotAuthenticatedException.class);
    assertThat(catchThrowable(() -> access.actor("XA.ADMIN"))).isInstanceOf(NotAuthenticatedException.class);
    NotAuthenticatedException e = (NotAuthenticatedException) catchThrowable(() -> access.actor("no.such.user"));
    assertThat(e.text().zh()).contains("登录");
    assertThat(e.text().en()).contains("signed in");
  }

  @Test
  void aDeactivatedUserDoesNotAuthenticate_fromTheNextRequest() {
    assertThat(w.actor(w.teacher).user().id()).isEqualTo(w.teacher.id());
    User stored = w.scenario.storage.users().byId(XIANGAN, w.teacher.id()).orElseThrow();
    w.scenario.storage.users().update(new User(stored.id(), stored.district(), stored.username(), stored.displayName(),
        stored.guardian(), false, stored.version()));

    Throwable t = catchThrowable(() -> w.actor(w.teacher));

    assertThat(t).isInstanceOf(NotAuthenticatedException.class);
    assertThat(((NotAuthenticatedException) t).text())
        .isEqualTo(((NotAuthenticatedException) catchThrowable(() -> access.actor("no.such.user"))).text());
  }

  // ---- dates: revoked, expired and future assignments ----

  @Test
  void aRevokedAssignmentStopsCountingOnTheVeryNextRequest() {
    w.scenario.today(LocalDate.of(2026, 3, 2));
    Actor before = w.actor(w.schoolAdmin);
    access.check(before, Action.MANAGE_AGREEMENTS, w.school(w.a));
    RoleAssignment granted = before.activeAssignments().get(0);

    w.scenario.app.users().revoke(new RevokeRoleCommand(XIANGAN.value(), granted.id().value(), "账号管理员", "调离学校"));

    Actor after = w.actor(w.schoolAdmin);
    assertThat(after.roles()).isEmpty();
    assertThat(catchThrowable(() -> access.check(after, Action.MANAGE_AGREEMENTS, w.school(w.a))))
        .isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> access.check(after, Action.READ_REPORTS, new Target.District(XIANGAN))))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anEndedAssignmentCountsThroughItsLastDayOnly_andAFutureOneNotYet() {
    User temp = w.register("xa.temp", XIANGAN.value(), null);
    LocalDate lastDay = LocalDate.of(2026, 1, 31);
    w.assign(temp, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, w.c.id().value(), ISSUED, lastDay);
    w.assign(temp, Role.AUDITOR, ScopeType.DISTRICT, null, lastDay.plusDays(10), null);

    w.scenario.today(lastDay);
    assertThat(w.actor(temp).roles()).containsExactly(Role.SCHOOL_ADMIN);
    assertThat(outcome(temp, Action.MANAGE_COMMITTEE, w.school(w.c))).isNull();

    w.scenario.today(lastDay.plusDays(1));
    assertThat(w.actor(temp).roles()).isEmpty();
    assertThat(outcome(temp, Action.MANAGE_COMMITTEE, w.school(w.c))).isInstanceOf(NotFoundException.class);

    w.scenario.today(lastDay.plusDays(10));
    assertThat(w.actor(temp).roles()).containsExactly(Role.AUDITOR);
    assertThat(outcome(temp, Action.READ_COMMITTEE, w.school(w.c))).isNull();
  }

  @Test
  void todayIsTheDistrictsDate() {
    User temp = w.register("xa.temp", XIANGAN.value(), null);
    LocalDate from = LocalDate.of(2026, 2, 1);
    w.assign(temp, Role.AUDITOR, ScopeType.DISTRICT, null, from, null);
    // 2026-01-31 20:00 UTC is already 2026-02-01 04:00 in Shanghai
    w.scenario.clock.set(java.time.Instant.parse("2026-01-31T20:00:00Z"));

    Actor actor = w.actor(temp);

    assertThat(actor.today()).isEqualTo(from);
    assertThat(actor.roles()).containsExactly(Role.AUDITOR);
  }

  @Test
  void whatAScopeReachesFollowsTheRecordsInForceToday() {
    LocalDate leaves = LocalDate.of(2026, 6, 30);
    var membership = w.scenario.storage.zones().byId(XIANGAN, w.z.id()).orElseThrow().memberships().stream()
        .filter(m -> m.school().equals(w.b.id())).findFirst().orElseThrow();
    w.scenario.app.zones().endMembership(
        new org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EndZoneMembershipCommand(
            XIANGAN.value(), w.z.id().value(), membership.id().value(), leaves));

    w.scenario.today(leaves);
    assertThat(outcome(w.zoneCoordinator, Action.READ_COMMITTEE, w.school(w.b))).isNull();
    assertThat(outcome(w.zoneCoordinator, Action.READ_ORGANIZATION, w.partner(w.health))).isNull();

    w.scenario.today(leaves.plusDays(1));
    assertThat(outcome(w.zoneCoordinator, Action.READ_COMMITTEE, w.school(w.b))).isInstanceOf(NotFoundException.class);
    assertThat(outcome(w.zoneCoordinator, Action.READ_ORGANIZATION, w.partner(w.health)))
        .as("B's partner docks with no member school any more").isInstanceOf(NotFoundException.class);
  }

  @Test
  void aVoidedAgreementNoLongerRelatesAPartnerAndASchool() {
    var agreement = w.scenario.storage.agreements().ofSchool(XIANGAN, w.c.id()).stream()
        .filter(a -> a.partner().equals(w.p2.id())).findFirst().orElseThrow();
    assertThat(outcome(w.partnerStaff, Action.READ_ORGANIZATION, w.school(w.c))).isNull();

    w.scenario.voidAgreement(agreement);

    assertThat(outcome(w.partnerStaff, Action.READ_ORGANIZATION, w.school(w.c))).isInstanceOf(NotFoundException.class);
    assertThat(outcome(w.partnerStaff, Action.READ_ORGANIZATION, w.partner(w.p2))).isNull();
  }

  // ---- districts ----

  @Test
  void aUserOfOneDistrictNeverSeesAnother() {
    for (Target target : w.everyTarget()) {
      for (Action action : Action.values()) {
        if (target.district().equals(HULI)) {
          for (User user : w.everyUser()) {
            if (user.district().equals(XIANGAN)) {
              assertThat(outcome(user, action, target)).as("%s %s %s", user.username(), action, target)
                  .isInstanceOf(NotFoundException.class);
            }
          }
        } else {
          assertThat(outcome(w.huliAdmin, action, target)).as("hl.admin %s %s", action, target)
              .isInstanceOf(NotFoundException.class);
        }
      }
    }
    assertThat(outcome(w.huliAdmin, Action.MANAGE_ORGANIZATION, w.school(w.h))).isNull();
    NotFoundException e = (NotFoundException) outcome(w.huliAdmin, Action.READ_POLICY, new Target.District(XIANGAN));
    assertThat(e.text().en()).contains("350213");
  }
}
