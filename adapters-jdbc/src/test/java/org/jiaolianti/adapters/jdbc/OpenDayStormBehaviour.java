package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.BookCommand;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.ScheduleCommand;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.SlotCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 家长开放日 booking through the use cases on one database ({@link H2OpenDayStormTest},
 * {@link PostgresOpenDayStormTest}): N guardians booking C places of one slot concurrently get exactly min(N, C)
 * bookings, the rest OPEN_DAY_SLOT_FULL; one guardian booking concurrently gets exactly one booking.
 */
abstract class OpenDayStormBehaviour {

  static final String D = "350213";
  static final int GUARDIANS = 40;

  Jiaolianti app;
  School school;
  Actor leader;
  final List<Actor> guardians = new ArrayList<>();
  final List<Student> children = new ArrayList<>();

  abstract JdbcDatabase database();

  @BeforeEach
  void world() {
    TestDatabases.empty(database());
    app = new Jiaolianti(JdbcStorage.create(database(), Clocks.system(), TestDatabases.SEED_FORMAT), Clocks.system())
        .activate(TestPolicies.xiangan());
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店街道", TownKind.STREET));
    school = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "新店中心小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2001, 9, 1)));
    SchoolClass grade3 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 1));
    leader = actor(user("leader", null), Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value());
    for (int i = 0; i < GUARDIANS; i++) {
      Student child = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), grade3.id().value(),
          "学生" + i, Gender.MALE, LocalDate.of(2017, 1, 1 + i % 28), String.format("G3502132017010100%02d", i)));
      var g = app.roster().registerGuardian(new RegisterGuardianCommand(D, "家长" + i,
          String.format("138000000%02d", i)));
      app.roster().link(new LinkGuardianCommand(D, g.id().value(), child.id().value(), GuardianRelation.MOTHER));
      children.add(child);
      guardians.add(actor(user("parent" + i, g.id().value()), Role.GUARDIAN, ScopeType.GUARDIAN_OF, null));
    }
  }

  private User user(String username, String guardian) {
    return app.users().register(new RegisterUserCommand(D, username, username, guardian));
  }

  private Actor actor(User u, Role role, ScopeType scope, String reference) {
    app.users().assign(new AssignRoleCommand(D, u.id().value(), role, scope, reference, LocalDate.of(2025, 1, 1),
        null));
    return app.access().actor(u.username());
  }

  private OpenDay day(int capacity) {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    return app.openDays().schedule(leader, new ScheduleCommand(school.id().value(), OpenDayKind.OPEN_DAY,
        "家长开放日", tomorrow, "学校礼堂", null, List.of(new SlotCommand(LocalTime.of(9, 0), LocalTime.of(10, 0),
            capacity))));
  }

  /** The booking, or the name of the rule that refused it. */
  private Callable<Object> booking(OpenDay d, int guardian) {
    String slot = d.slots().get(0).id();
    return () -> {
      try {
        return app.openDays().book(guardians.get(guardian), new BookCommand(d.id().value(), slot,
            children.get(guardian).id().value()));
      } catch (RuleViolationException e) {
        return e.decision().rule();
      }
    };
  }

  private static List<Object> concurrently(List<Callable<Object>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nConcurrentBookingsForCPlacesSucceedExactlyMinOfNAndC() throws Exception {
    int capacity = 11;
    OpenDay d = day(capacity);
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < GUARDIANS; i++) {
      calls.add(booking(d, i));
    }

    List<Object> results = concurrently(calls);

    assertThat(results).filteredOn(r -> r instanceof Booking).hasSize(capacity);
    assertThat(results).filteredOn(r -> !(r instanceof Booking)).hasSize(GUARDIANS - capacity)
        .containsOnly("OPEN_DAY_SLOT_FULL");
    assertThat(app.openDays().bookings(leader, d.id().value())).hasSize(capacity);
    assertThat(app.openDays().get(leader, d.id().value()).slots().get(0).booked()).isEqualTo(capacity);
  }

  @Test
  void fewerBookingsThanPlacesAllSucceed() throws Exception {
    OpenDay d = day(GUARDIANS + 5);
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < GUARDIANS; i++) {
      calls.add(booking(d, i));
    }

    assertThat(concurrently(calls)).allMatch(r -> r instanceof Booking);
    assertThat(app.openDays().get(leader, d.id().value()).slots().get(0).booked()).isEqualTo(GUARDIANS);
  }

  @Test
  void oneGuardianBookingConcurrentlyGetsOneBooking() throws Exception {
    OpenDay d = day(5);
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(booking(d, 0));
    }

    List<Object> results = concurrently(calls);

    assertThat(results).filteredOn(r -> r instanceof Booking).hasSize(1);
    assertThat(results).filteredOn(r -> !(r instanceof Booking)).containsOnly("OPEN_DAY_ALREADY_BOOKED");
    assertThat(app.openDays().bookings(leader, d.id().value())).hasSize(1);
    assertThat(app.openDays().get(leader, d.id().value()).slots().get(0).booked()).isEqualTo(1);
  }
}
