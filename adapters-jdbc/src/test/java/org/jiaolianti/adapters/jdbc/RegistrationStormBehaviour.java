package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase.CreateActivityCommand;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase.CancelRegistrationCommand;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase.RegisterCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 活动报名 through the use cases on one database ({@link H2RegistrationStormTest},
 * {@link PostgresRegistrationStormTest}): N concurrent registrations for C places confirm exactly min(N, C), the
 * same student registered concurrently gets one registration, and concurrent cancellations promote the
 * waitlist without ever exceeding the capacity.
 */
abstract class RegistrationStormBehaviour {

  static final String D = "350213";
  static final int THREADS = 48;

  Jiaolianti app;
  School school;
  final List<Student> students = new ArrayList<>();

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
    for (int i = 0; i < THREADS; i++) {
      students.add(app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), grade3.id().value(),
          "学生" + i, Gender.MALE, LocalDate.of(2017, 1, 1 + i % 28), String.format("G3502132017010100%02d", i))));
    }
  }

  private Activity activity(int capacity) {
    Instant now = Instant.now();
    return app.manageActivities().create(new CreateActivityCommand(D, OrganiserKind.SCHOOL, school.id().value(),
        "研学", null, Collaboration.VENUE_SCHOOL, Set.of(3), capacity, now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(1)), "2025-2026-2", RegistrationMode.FIRST_COME));
  }

  private <T> List<T> concurrently(List<java.util.concurrent.Callable<T>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (var call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private java.util.concurrent.Callable<Registration> registering(Activity a, Student s) {
    return () -> app.activityRegistration().register(new RegisterCommand(D, a.id().value(), s.id().value(), "storm"));
  }

  @Test
  void nConcurrentRegistrationsForCPlacesConfirmExactlyMinOfNAndC() throws Exception {
    int capacity = 13;
    Activity a = activity(capacity);
    List<java.util.concurrent.Callable<Registration>> calls = new ArrayList<>();
    students.forEach(s -> calls.add(registering(a, s)));

    List<Registration> results = concurrently(calls);

    assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(capacity);
    assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED).hasSize(THREADS - capacity);
    List<Registration> stored = app.activities().registrations(a.district(), a.id().value());
    assertThat(stored).hasSize(THREADS);
    assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(capacity);
    assertThat(stored).extracting(Registration::position).doesNotHaveDuplicates();
    assertThat(app.activities().activity(a.district(), a.id().value()).confirmed()).isEqualTo(capacity);
  }

  @Test
  void fewerRegistrationsThanPlacesAreAllConfirmed() throws Exception {
    Activity a = activity(THREADS + 10);
    List<java.util.concurrent.Callable<Registration>> calls = new ArrayList<>();
    students.forEach(s -> calls.add(registering(a, s)));

    assertThat(concurrently(calls)).extracting(Registration::status).containsOnly(RegistrationStatus.CONFIRMED);
    assertThat(app.activities().activity(a.district(), a.id().value()).confirmed()).isEqualTo(THREADS);
  }

  @Test
  void theSameStudentRegisteredConcurrentlyGetsOneRegistration() throws Exception {
    Activity a = activity(5);
    List<java.util.concurrent.Callable<Registration>> calls = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      calls.add(registering(a, students.get(0)));
    }

    List<Registration> results = concurrently(calls);

    assertThat(results).extracting(Registration::id).containsOnly(results.get(0).id());
    assertThat(app.activities().registrations(a.district(), a.id().value())).hasSize(1);
    assertThat(app.activities().activity(a.district(), a.id().value()).confirmed()).isEqualTo(1);
  }

  @Test
  void concurrentCancellationsPromoteTheWaitlistInOrderWithinTheCapacity() throws Exception {
    int capacity = 10;
    Activity a = activity(capacity);
    List<Registration> registered = new ArrayList<>();
    for (Student s : students.subList(0, 30)) {
      registered.add(registering(a, s).call());
    }
    List<java.util.concurrent.Callable<Registration>> cancels = new ArrayList<>();
    for (Registration r : registered.subList(0, 6)) {
      cancels.add(() -> app.activityRegistration().cancel(new CancelRegistrationCommand(D, a.id().value(),
          r.id().value(), "storm")));
    }
    concurrently(cancels);

    List<Registration> stored = app.activities().registrations(a.district(), a.id().value());
    assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).extracting(Registration::position)
        .containsExactly(7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
    assertThat(app.activities().activity(a.district(), a.id().value()).confirmed()).isEqualTo(capacity);
  }
}
