package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.activity.LotteryDraw;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Activities}: activities and registrations read back equal, one registration per
 * student and activity, and places never taken beyond the capacity — also by 40 concurrent registrations,
 * each in its own transaction as the use case runs them.
 *
 * <p>To run it against your storage, extend it and implement {@link #activities()} (a fresh, empty port)
 * and {@link #transactions()} (the same storage's transactions); override {@link #referencedRecordsExist}
 * if your storage needs the towns, schools, class and students to exist first.
 */
public abstract class ActivitiesContract extends PortContract<Activities> {

  static final int CONCURRENT = 40;
  static final Term TERM = Term.of("2025-2026-2");

  private final SchoolClass grade3 = new SchoolClass(ClassId.newId(), XIANGAN, world.schoolA.id(), 2025, 3, 1, 0);
  private final List<Student> students = students();

  /** A fresh port that holds nothing. */
  protected abstract Activities activities();

  /** The transactions of the same storage (the concurrency test runs each registration in one). */
  protected abstract Transactions transactions();

  @Override
  final Activities newPort() {
    return activities();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> records = new ArrayList<>(world.townsAndSchools());
    records.add(grade3);
    records.addAll(students);
    return records;
  }

  private List<Student> students() {
    List<Student> list = new ArrayList<>();
    for (int i = 0; i < CONCURRENT; i++) {
      list.add(new Student(StudentId.newId(), XIANGAN, world.schoolA.id(), grade3.id(), "学生" + i + RARE,
          i % 2 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(2017, 3, 1 + i % 28), null, 0));
    }
    return list;
  }

  static Activity activity(DistrictCode district, int capacity, RegistrationMode mode, Term term) {
    return new Activity(ActivityId.newId(), district, OrganiserKind.DISTRICT, null, "“" + RARE + "”亲子研学",
        "说明", Collaboration.VENUE_SCHOOL, Set.of(3, 4), capacity, NOW, NOW.plus(Duration.ofDays(7)), term, mode, 0,
        null, 0);
  }

  private Registration registration(Activity a, Student s, RegistrationStatus status, long position) {
    return new Registration(RegistrationId.newId(), a.district(), a.id(), s.id(), status, position, NOW,
        "chen.parent", null, null, 0);
  }

  @Test
  void activitiesReadBackEqualAndListByOpening() {
    Activity later = activity(XIANGAN, 30, RegistrationMode.FIRST_COME, TERM);
    Activity earlier = new Activity(ActivityId.newId(), XIANGAN, OrganiserKind.SCHOOL, world.schoolA.id().value(),
        "开放日", null, Collaboration.HOME_SCHOOL, Set.of(1, 2, 3), 5, NOW.minus(Duration.ofDays(1)), NOW, TERM,
        RegistrationMode.LOTTERY, 0, null, 0);
    port().add(later);
    port().add(earlier);

    assertSameRecord(port().byId(XIANGAN, later.id()).orElseThrow(), later);
    assertSameRecord(port().lockById(XIANGAN, earlier.id()).orElseThrow(), earlier);
    assertThat(port().all(XIANGAN)).extracting(Activity::id).containsExactly(earlier.id(), later.id());
    assertThat(port().byId(XIANGAN, ActivityId.newId())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(later));
  }

  @Test
  void aDrawIsStoredWithTheNextVersionAndAStaleUpdateIsAConflict() {
    Activity a = activity(XIANGAN, 2, RegistrationMode.LOTTERY, TERM);
    port().add(a);
    Activity read = port().byId(XIANGAN, a.id()).orElseThrow();
    Activity drawn = port().update(read.drawn(new LotteryDraw(-42L, NOW, "wang" + RARE, 3), 2));

    assertThat(drawn.version()).isEqualTo(read.version() + 1);
    assertSameRecord(port().byId(XIANGAN, a.id()).orElseThrow(), drawn);
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(read.drawn(
        new LotteryDraw(7L, NOW, "again", 0), 0)));
  }

  @Test
  void placesAreNeverTakenBeyondTheCapacityAndCanBeGivenBack() {
    Activity a = activity(XIANGAN, 2, RegistrationMode.FIRST_COME, TERM);
    port().add(a);

    assertThat(port().claimPlace(XIANGAN, a.id())).isTrue();
    assertThat(port().claimPlace(XIANGAN, a.id())).isTrue();
    assertThat(port().claimPlace(XIANGAN, a.id())).isFalse();
    assertThat(port().byId(XIANGAN, a.id()).orElseThrow().confirmed()).isEqualTo(2);
    port().releasePlace(XIANGAN, a.id());
    assertThat(port().byId(XIANGAN, a.id()).orElseThrow().confirmed()).isEqualTo(1);
    port().releasePlace(XIANGAN, a.id());
    port().releasePlace(XIANGAN, a.id());
    assertThat(port().byId(XIANGAN, a.id()).orElseThrow().confirmed()).isZero();
    assertThat(port().claimPlace(XIANGAN, ActivityId.newId())).isFalse();
    assertThat(port().claimPlace(HULI, a.id())).isFalse();
  }

  @Test
  void registrationsReadBackByPositionOnePerStudent() {
    Activity a = activity(XIANGAN, 1, RegistrationMode.FIRST_COME, TERM);
    port().add(a);
    assertThat(port().nextPosition(XIANGAN, a.id())).isEqualTo(1);
    Registration second = registration(a, students.get(1), RegistrationStatus.WAITLISTED, 2);
    Registration first = registration(a, students.get(0), RegistrationStatus.CONFIRMED, 1);
    port().addRegistration(second);
    port().addRegistration(first);

    assertSameRecord(port().registrationById(XIANGAN, first.id()).orElseThrow(), first);
    assertSameRecord(port().registrationOf(XIANGAN, a.id(), students.get(1).id()).orElseThrow(), second);
    assertThat(port().registrationsOf(XIANGAN, a.id())).extracting(Registration::id)
        .containsExactly(first.id(), second.id());
    assertThat(port().nextPosition(XIANGAN, a.id())).isEqualTo(3);
    assertConflict(ConflictException.Kind.DUPLICATE,
        () -> port().addRegistration(registration(a, students.get(0), RegistrationStatus.WAITLISTED, 3)));
    assertThat(port().registrationById(HULI, first.id())).isEmpty();
  }

  @Test
  void aCancellationIsStoredWithTheNextVersionAndAStaleOneIsAConflict() {
    Activity a = activity(XIANGAN, 1, RegistrationMode.FIRST_COME, TERM);
    port().add(a);
    Registration r = registration(a, students.get(0), RegistrationStatus.CONFIRMED, 1);
    port().addRegistration(r);

    Registration cancelled = port().updateRegistration(r.cancelled(NOW, "wang" + RARE));
    assertThat(cancelled.version()).isEqualTo(1);
    assertSameRecord(port().registrationById(XIANGAN, r.id()).orElseThrow(), cancelled);
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().updateRegistration(r.withStatus(RegistrationStatus.WAITLISTED)));
  }

  @Test
  void theTermCountHoldsOnlyActiveRegistrationsOfThatTerm() {
    Activity one = activity(XIANGAN, 5, RegistrationMode.FIRST_COME, TERM);
    Activity two = activity(XIANGAN, 5, RegistrationMode.LOTTERY, TERM);
    Activity three = activity(XIANGAN, 5, RegistrationMode.FIRST_COME, TERM);
    Activity otherTerm = activity(XIANGAN, 5, RegistrationMode.FIRST_COME, Term.of("2026-2027-1"));
    List.of(one, two, three, otherTerm).forEach(port()::add);
    Student s = students.get(0);
    port().addRegistration(registration(one, s, RegistrationStatus.CONFIRMED, 1));
    port().addRegistration(registration(two, s, RegistrationStatus.PENDING, 1));
    Registration cancelled = registration(three, s, RegistrationStatus.CONFIRMED, 1);
    port().addRegistration(cancelled);
    port().updateRegistration(cancelled.cancelled(NOW, "x"));
    port().addRegistration(registration(otherTerm, s, RegistrationStatus.CONFIRMED, 1));
    port().addRegistration(registration(one, students.get(1), RegistrationStatus.CONFIRMED, 2));

    assertThat(port().activeRegistrationsInTerm(XIANGAN, s.id(), TERM)).isEqualTo(2);
    assertThat(port().activeRegistrationsInTerm(XIANGAN, s.id(), Term.of("2026-2027-1"))).isEqualTo(1);
    assertThat(port().activeRegistrationsInTerm(HULI, s.id(), TERM)).isZero();
  }

  /** 40 concurrent registrations for 7 places, each as the use case runs it: exactly 7 confirmed. */
  @Test
  void concurrentRegistrationsNeverConfirmMoreThanTheCapacity() throws Exception {
    int capacity = 7;
    Activity a = activity(XIANGAN, capacity, RegistrationMode.FIRST_COME, TERM);
    port().add(a);
    Transactions tx = transactions();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    try {
      List<Future<RegistrationStatus>> results = new ArrayList<>();
      for (Student s : students) {
        results.add(pool.submit(() -> {
          start.await();
          return tx.inTransaction(() -> {
            port().lockById(XIANGAN, a.id()).orElseThrow();
            RegistrationStatus status = port().claimPlace(XIANGAN, a.id())
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
            port().addRegistration(registration(a, s, status, port().nextPosition(XIANGAN, a.id())));
            return status;
          });
        }));
      }
      start.countDown();
      int confirmed = 0;
      for (Future<RegistrationStatus> r : results) {
        confirmed += r.get() == RegistrationStatus.CONFIRMED ? 1 : 0;
      }
      assertThat(confirmed).isEqualTo(capacity);
    } finally {
      pool.shutdownNow();
    }
    List<Registration> stored = port().registrationsOf(XIANGAN, a.id());
    assertThat(stored).hasSize(CONCURRENT);
    assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(capacity);
    assertThat(stored).extracting(Registration::position).doesNotHaveDuplicates();
    assertThat(port().byId(XIANGAN, a.id()).orElseThrow().confirmed()).isEqualTo(capacity);
  }

  /** The conditional update alone, with no lock and no transaction around it: exactly the capacity is taken. */
  @Test
  void concurrentClaimsTakeExactlyTheCapacity() throws Exception {
    int capacity = 11;
    Activity a = activity(XIANGAN, capacity, RegistrationMode.FIRST_COME, TERM);
    port().add(a);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return port().claimPlace(XIANGAN, a.id());
        }));
      }
      start.countDown();
      int taken = 0;
      for (Future<Boolean> r : results) {
        taken += r.get() ? 1 : 0;
      }
      assertThat(taken).isEqualTo(capacity);
    } finally {
      pool.shutdownNow();
    }
    assertThat(port().byId(XIANGAN, a.id()).orElseThrow().confirmed()).isEqualTo(capacity);
  }

  @Test
  void registeredBetweenListsTheDistrictsRegistrationsOfTheHalfOpenRange() {
    Activity a = activity(XIANGAN, 1, RegistrationMode.FIRST_COME, TERM);
    port().add(a);
    Registration first = registration(a, students.get(0), RegistrationStatus.CONFIRMED, 1);
    Registration cancelledLater = new Registration(RegistrationId.newId(), XIANGAN, a.id(), students.get(1).id(),
        RegistrationStatus.CANCELLED, 2, NOW.plus(Duration.ofHours(1)), "chen.parent", NOW.plus(Duration.ofHours(2)),
        "chen.parent", 0);
    port().addRegistration(cancelledLater);
    port().addRegistration(first);

    assertThat(port().registeredBetween(XIANGAN, NOW, NOW.plus(Duration.ofHours(1)))).extracting(Registration::id)
        .containsExactly(first.id());
    List<Registration> both = port().registeredBetween(XIANGAN, NOW, NOW.plus(Duration.ofDays(1)));
    assertThat(both).extracting(Registration::id).containsExactly(first.id(), cancelledLater.id());
    assertSameRecord(both.get(1), cancelledLater);
    assertThat(port().registeredBetween(HULI, NOW, NOW.plus(Duration.ofDays(1)))).isEmpty();
  }
}
