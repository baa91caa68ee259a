package org.jiaolianti.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jiaolianti.application.testing.Scenario.ISSUED;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Test;

/** List visibility agrees with {@code check}, target by target; and scopes are resolved without N+1. */
class VisibilityTest {

  private final AccessWorld w = new AccessWorld();
  private final AccessControl access = w.scenario.app.access();

  @Test
  void visibilityAgreesWithCheckForEveryUserActionAndTarget() {
    int allowed = 0;
    int denied = 0;
    for (User user : w.everyUser()) {
      Actor actor = w.actor(user);
      for (Action action : Action.values()) {
        Visibility v = access.visibility(actor, action);
        assertThat(v.action()).isEqualTo(action);
        for (Target target : w.everyTarget()) {
          Throwable t = catchThrowable(() -> access.check(actor, action, target));
          assertThat(t).as("%s %s %s", user.username(), action, target)
              .satisfiesAnyOf(x -> assertThat(x).isNull(), x -> assertThat(x).isInstanceOf(NotFoundException.class),
                  x -> assertThat(x).isInstanceOf(ForbiddenException.class));
          assertThat(v.includes(target)).as("%s %s %s: included iff check passes", user.username(), action, target)
              .isEqualTo(t == null);
          if (target.district().equals(actor.district())) {
            assertThat(listed(v, target)).as("%s %s %s: listed iff check passes", user.username(), action, target)
                .isEqualTo(t == null);
          }
          if (t == null) {
            allowed++;
            assertThat(v.permitted()).isTrue();
          } else {
            denied++;
          }
        }
      }
    }
    assertThat(allowed).as("not everything denied").isGreaterThan(100);
    assertThat(denied).as("not everything allowed").isGreaterThan(1000);
  }

  /** The id-based filters a list uses (lists hold records of the actor's district only). */
  private static boolean listed(Visibility v, Target target) {
    if (target instanceof Target.School s) {
      return v.includesSchool(s.school());
    }
    if (target instanceof Target.Zone z) {
      return v.includesZone(z.zone());
    }
    if (target instanceof Target.Partner p) {
      return v.includesPartner(p.partner());
    }
    if (target instanceof Target.User u) {
      return v.includesUser(u.user());
    }
    return v.districtWide();
  }

  @Test
  void listsOfScopedRolesHoldTheirScopeOnly() {
    Visibility zoneSchools = access.visibility(w.actor(w.zoneCoordinator), Action.READ_ORGANIZATION);
    assertThat(zoneSchools.permitted()).isTrue();
    assertThat(zoneSchools.districtWide()).isFalse();
    assertThat(List.of(w.a, w.b, w.c, w.d)).filteredOn(s -> zoneSchools.includesSchool(s.id())).containsExactly(w.a, w.b);
    assertThat(List.of(w.p1, w.p2, w.health, w.women, w.hospital)).filteredOn(p -> zoneSchools.includesPartner(p.id()))
        .containsExactlyInAnyOrder(w.p1, w.health);

    Visibility admin = access.visibility(w.actor(w.admin), Action.READ_ORGANIZATION);
    assertThat(admin.districtWide()).isTrue();
    assertThat(admin.includesSchool(w.d.id())).isTrue();
    assertThat(admin.includes(w.school(w.h))).as("another district's school").isFalse();

    Visibility teacherCommittees = access.visibility(w.actor(w.teacher), Action.READ_COMMITTEE);
    assertThat(teacherCommittees.permitted()).isFalse();
    assertThat(teacherCommittees.includesSchool(w.a.id())).isFalse();
    assertThat(teacherCommittees.districtWide()).isFalse();

    Visibility reports = access.visibility(w.actor(w.schoolAdmin), Action.READ_REPORTS);
    assertThat(reports.districtWide()).isTrue();
    assertThat(reports.includesSchool(w.a.id())).as("reports apply to the district, not to one school").isFalse();
  }

  @Test
  void agreementsAreListedByTheirSchoolOrTheirPartner() {
    Visibility partner = access.visibility(w.actor(w.partnerStaff), Action.READ_AGREEMENTS);
    assertThat(partner.includesAgreement(w.c.id(), w.p2.id())).isTrue();
    assertThat(partner.includesAgreement(w.c.id(), w.women.id())).as("the same school's other agreement").isFalse();

    Visibility unit = access.visibility(w.actor(w.unitOfficer), Action.READ_AGREEMENTS);
    assertThat(unit.includesAgreement(w.b.id(), w.health.id())).isTrue();
    assertThat(unit.includesAgreement(w.c.id(), w.women.id())).isFalse();

    Visibility school = access.visibility(w.actor(w.schoolAdmin), Action.READ_AGREEMENTS);
    assertThat(school.includesAgreement(w.a.id(), w.p1.id())).isTrue();
    assertThat(school.includesAgreement(w.c.id(), w.p2.id())).isFalse();
  }

  // ---- no N+1: the district's agreements at most once per call, never one query per school ----

  @Test
  void aScopeIsResolvedWithAFixedNumberOfQueries() {
    List<String> calls = new ArrayList<>();
    var storage = w.scenario.storage;
    DockingAgreements agreements = counting(DockingAgreements.class, storage.agreements(), calls);
    Zones zones = counting(Zones.class, storage.zones(), calls);
    AccessService service = new AccessService(storage.users(), storage.roleAssignments(), storage.policies(), zones,
        storage.partners(), agreements, storage.roster(), storage.transactions(), w.scenario.clock);
    // ten more schools in the zone: the coordinator's decision must not grow with them
    for (int i = 10; i < 20; i++) {
      w.scenario.join(w.z, w.scenario.school("35021300" + i, "学校" + i, w.xindian), ISSUED, null);
    }

    Actor coordinator = service.actor(w.zoneCoordinator.username());
    calls.clear();
    Throwable t = catchThrowable(() -> service.check(coordinator, Action.READ_ORGANIZATION, w.partner(w.p2)));

    assertThat(t).isInstanceOf(NotFoundException.class);
    assertThat(calls).containsExactlyInAnyOrder("Zones.byId", "DockingAgreements.all");

    Actor admin = service.actor(w.admin.username());
    calls.clear();
    service.check(admin, Action.READ_AGREEMENTS, w.school(w.c));
    service.visibility(admin, Action.READ_ORGANIZATION);
    assertThat(calls).as("a district-wide grant needs no lookup").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static <T> T counting(Class<T> port, T delegate, List<String> calls) {
    return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      calls.add(port.getSimpleName() + "." + method.getName());
      try {
        return method.invoke(delegate, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
