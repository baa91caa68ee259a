package org.jiaolianti.application.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase.CreateActivityCommand;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase.DrawLotteryCommand;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase.CancelRegistrationCommand;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase.RegisterCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.LotteryDraw;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationRules;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.Collaboration;
import org.junit.jupiter.api.Test;

/** 活动报名 in memory: window, grades, capacity and waitlist, the per-term limit, the lottery, idempotency. */
class ActivityServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  private static final String TERM = "2025-2026-2";

  private final Scenario s = new Scenario();
  private final School school = s.school("3502130001", "新店中心小学", s.town(XIANGAN, "350213001", "新店街道"));
  private final SchoolClass grade3 = s.app.roster().registerClass(new RegisterClassCommand(XIANGAN.value(),
      school.id().value(), 2025, 3, 1));
  private final SchoolClass grade5 = s.app.roster().registerClass(new RegisterClassCommand(XIANGAN.value(),
      school.id().value(), 2025, 5, 1));
  private final List<Student> pupils = new ArrayList<>();
  private final Student older;

  ActivityServiceTest() {
    for (int i = 0; i < 6; i++) {
      pupils.add(s.app.roster().enrol(new EnrolStudentCommand(XIANGAN.value(), school.id().value(),
          grade3.id().value(), "学生" + i, Gender.FEMALE, LocalDate.of(2017, 1, 1 + i),
          "G35021320170101000" + i)));
    }
    older = s.app.roster().enrol(new EnrolStudentCommand(XIANGAN.value(), school.id().value(), grade5.id().value(),
        "高年级", Gender.MALE, LocalDate.of(2015, 1, 1), "G350213201501010001"));
    s.clock.set(NOW);
  }

  private Activity create(int capacity, RegistrationMode mode) {
    return s.app.manageActivities().create(new CreateActivityCommand(XIANGAN.value(), OrganiserKind.SCHOOL,
        school.id().value(), "亲子阅读", null, Collaboration.HOME_SCHOOL, Set.of(3, 4), capacity,
        NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)), TERM, mode));
  }

  private Registration register(Activity a, Student student) {
    return s.app.activityRegistration().register(new RegisterCommand(XIANGAN.value(), a.id().value(),
        student.id().value(), "xa.teacher"));
  }

  private Registration cancel(Activity a, Registration r) {
    return s.app.activityRegistration().cancel(new CancelRegistrationCommand(XIANGAN.value(), a.id().value(),
        r.id().value(), "xa.teacher"));
  }

  private RegistrationStatus statusOf(Activity a, Registration r) {
    return s.app.activities().registration(XIANGAN, a.id().value(), r.id().value()).status();
  }

  private static String rule(Runnable call) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call::run);
    assertThat(e).as("expected a rule violation").isNotNull();
    assertThat(e.decision().clause().value()).isEqualTo("五(一)2");
    return e.decision().rule();
  }

  @Test
  void registrationIsRefusedBeforeTheWindowOpensAndAfterItCloses() {
    Activity a = create(5, RegistrationMode.FIRST_COME);
    s.clock.set(a.opensAt().minusSeconds(1));
    assertThat(rule(() -> register(a, pupils.get(0)))).isEqualTo(RegistrationRules.WINDOW);
    s.clock.set(a.closesAt());
    assertThat(rule(() -> register(a, pupils.get(0)))).isEqualTo(RegistrationRules.WINDOW);
    s.clock.set(a.opensAt());
    assertThat(register(a, pupils.get(0)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
  }

  @Test
  void onlyEligibleGradesMayRegister() {
    Activity a = create(5, RegistrationMode.FIRST_COME);
    assertThat(rule(() -> register(a, older))).isEqualTo(RegistrationRules.GRADE);
    assertThat(s.app.activities().registrations(XIANGAN, a.id().value())).isEmpty();
  }

  @Test
  void placesGoFirstComeTheRestWaitAndCancellationsPromoteTheWaitlistInOrder() {
    Activity a = create(2, RegistrationMode.FIRST_COME);
    List<Registration> r = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      r.add(register(a, pupils.get(i)));
    }
    assertThat(r).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
        RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED,
        RegistrationStatus.WAITLISTED);
    assertThat(r).extracting(Registration::position).containsExactly(1L, 2L, 3L, 4L, 5L);

    assertThat(cancel(a, r.get(1)).status()).isEqualTo(RegistrationStatus.CANCELLED);
    assertThat(statusOf(a, r.get(2))).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(statusOf(a, r.get(3))).isEqualTo(RegistrationStatus.WAITLISTED);
    cancel(a, r.get(0));
    assertThat(statusOf(a, r.get(3))).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(statusOf(a, r.get(4))).isEqualTo(RegistrationStatus.WAITLISTED);
    assertThat(s.app.activities().activity(XIANGAN, a.id().value()).confirmed()).isEqualTo(2);

    cancel(a, r.get(4)); // a waitlisted one leaves: nothing moves
    cancel(a, r.get(2)); // a confirmed one leaves and nobody waits: the place is free again
    assertThat(s.app.activities().activity(XIANGAN, a.id().value()).confirmed()).isEqualTo(1);
    assertThat(register(a, pupils.get(5)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(cancel(a, r.get(2)).status()).isEqualTo(RegistrationStatus.CANCELLED); // again: unchanged
    assertThat(s.app.activities().activity(XIANGAN, a.id().value()).confirmed()).isEqualTo(2);
  }

  @Test
  void registeringTheSameStudentAgainReturnsTheExistingRegistration() {
    Activity a = create(1, RegistrationMode.FIRST_COME);
    Registration first = register(a, pupils.get(0));
    Registration again = register(a, pupils.get(0));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(s.app.activities().registrations(XIANGAN, a.id().value())).hasSize(1);
    assertThat(s.app.activities().activity(XIANGAN, a.id().value()).confirmed()).isEqualTo(1);
  }

  @Test
  void aStudentHoldsAtMostTheSeedsNumberOfActivitiesPerTerm() {
    int limit = s.app.policy().policy(XIANGAN).localSettings().activitiesPerStudentPerTerm();
    assertThat(limit).isEqualTo(3);
    List<Registration> held = new ArrayList<>();
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      Activity a = create(10, i == 0 ? RegistrationMode.LOTTERY : RegistrationMode.FIRST_COME);
      activities.add(a);
      held.add(register(a, pupils.get(0)));
    }
    Activity oneMore = create(10, RegistrationMode.FIRST_COME);

    assertThat(rule(() -> register(oneMore, pupils.get(0)))).isEqualTo(RegistrationRules.TERM_LIMIT);
    assertThat(register(oneMore, pupils.get(1)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    cancel(activities.get(1), held.get(1));
    assertThat(register(oneMore, pupils.get(0)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
  }

  @Test
  void aLotteryIsDrawnAfterTheWindowWithARecordedSeedThatReproducesIt() {
    Activity a = create(2, RegistrationMode.LOTTERY);
    List<Registration> pending = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      pending.add(register(a, pupils.get(i)));
    }
    assertThat(pending).extracting(Registration::status).containsOnly(RegistrationStatus.PENDING);
    assertThat(rule(() -> s.app.manageActivities().draw(new DrawLotteryCommand(XIANGAN.value(), a.id().value(),
        "xa.school", 42L)))).isEqualTo(RegistrationRules.DRAW);

    s.clock.set(a.closesAt());
    Activity drawn = s.app.manageActivities().draw(new DrawLotteryCommand(XIANGAN.value(), a.id().value(),
        "xa.school", 42L));

    assertThat(drawn.draw().seed()).isEqualTo(42L);
    assertThat(drawn.draw().entrants()).isEqualTo(5);
    assertThat(drawn.draw().drawnBy()).isEqualTo("xa.school");
    assertThat(drawn.confirmed()).isEqualTo(2);
    List<Registration> expectedOrder = LotteryDraw.order(pending, 42L);
    List<Registration> after = s.app.activities().registrations(XIANGAN, a.id().value());
    assertThat(after).extracting(Registration::id)
        .containsExactlyElementsOf(expectedOrder.stream().map(Registration::id).toList());
    assertThat(after).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
        RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED,
        RegistrationStatus.WAITLISTED);
    assertThat(rule(() -> s.app.manageActivities().draw(new DrawLotteryCommand(XIANGAN.value(), a.id().value(),
        "xa.school", 1L)))).isEqualTo(RegistrationRules.DRAW);

    cancel(a, after.get(0)); // the first drawn waiting one moves up
    assertThat(statusOf(a, after.get(2))).isEqualTo(RegistrationStatus.CONFIRMED);
  }

  @Test
  void aFirstComeActivityIsNotDrawn() {
    Activity a = create(2, RegistrationMode.FIRST_COME);
    s.clock.set(a.closesAt());
    assertThat(rule(() -> s.app.manageActivities().draw(new DrawLotteryCommand(XIANGAN.value(), a.id().value(),
        "xa.school", null)))).isEqualTo(RegistrationRules.DRAW);
  }

  @Test
  void badInputNamesTheField() {
    InvalidInputException window = catchThrowableOfType(InvalidInputException.class, () -> s.app.manageActivities()
        .create(new CreateActivityCommand(XIANGAN.value(), OrganiserKind.DISTRICT, null, "活动", null,
            Collaboration.HOME_SCHOOL, Set.of(3), 5, NOW, NOW, TERM, RegistrationMode.FIRST_COME)));
    assertThat(window.errors()).extracting(e -> e.field()).containsExactly("closesAt");

    InvalidInputException fields = catchThrowableOfType(InvalidInputException.class, () -> s.app.manageActivities()
        .create(new CreateActivityCommand(XIANGAN.value(), OrganiserKind.DISTRICT, null, " ", null,
            Collaboration.HOME_SCHOOL, Set.of(13), 0, NOW, NOW.plusSeconds(60), "2026-spring",
            RegistrationMode.FIRST_COME)));
    assertThat(fields.errors()).extracting(e -> e.field()).contains("title", "capacity", "term")
        .anyMatch(f -> f.startsWith("eligibleGrades"));

    assertThat(catchThrowableOfType(NotFoundException.class, () -> s.app.manageActivities().create(
        new CreateActivityCommand(XIANGAN.value(), OrganiserKind.ZONE, "no-such-zone", "活动", null,
            Collaboration.HOME_SCHOOL, Set.of(3), 5, NOW, NOW.plusSeconds(60), TERM, RegistrationMode.LOTTERY))))
        .isNotNull();
  }
}
