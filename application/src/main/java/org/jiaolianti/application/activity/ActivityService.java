package org.jiaolianti.application.activity;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.activity.port.in.ActivityQueries;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase;
import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.activity.LotteryDraw;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationRules;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The 活动报名 use cases over the {@link Activities} port. */
public final class ActivityService implements ManageActivitiesUseCase, RegisterForActivityUseCase, ActivityQueries {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final Policies policies;
  private final Activities activities;
  private final Schools schools;
  private final Zones zones;
  private final Partners partners;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ActivityService(Policies policies, Activities activities, Schools schools, Zones zones, Partners partners,
      Roster roster, AccessControl access, Transactions tx, Clock clock, CommandValidator validator) {
    this.policies = requireNonNull(policies, "policies");
    this.activities = requireNonNull(activities, "activities");
    this.schools = requireNonNull(schools, "schools");
    this.zones = requireNonNull(zones, "zones");
    this.partners = requireNonNull(partners, "partners");
    this.roster = requireNonNull(roster, "roster");
    this.access = requireNonNull(access, "access");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
    this.validator = requireNonNull(validator, "validator");
  }

  /** The access target of an activity: its organising school, zone or partner, or the district. */
  public static Target target(Activity a) {
    return switch (a.organiserKind()) {
      case SCHOOL -> new Target.School(a.district(), SchoolId.of(a.organiserId()));
      case ZONE -> new Target.Zone(a.district(), ZoneId.of(a.organiserId()));
      case PARTNER -> new Target.Partner(a.district(), PartnerId.of(a.organiserId()));
      case DISTRICT -> new Target.District(a.district());
    };
  }

  // ---- manage

  @Override
  public Activity create(CreateActivityCommand c) {
    validator.validate(c);
    DistrictCode district = DistrictCode.of(c.district());
    policies.require(district);
    if (c.organiserKind() == OrganiserKind.DISTRICT && c.organiserId() != null) {
      throw InvalidInputException.of("organiserId", "Null", "区级活动不填写主办方编号",
          "a district activity names no organiserId");
    }
    if (c.organiserKind() != OrganiserKind.DISTRICT && c.organiserId() == null) {
      throw InvalidInputException.of("organiserId", "NotNull", "须填写主办学校、实验区或合作单位的编号",
          "name the organising school, zone or partner");
    }
    if (!c.closesAt().isAfter(c.opensAt())) {
      throw InvalidInputException.of("closesAt", "AfterOpensAt", "报名截止时间须晚于开始时间",
          "closesAt must be after opensAt");
    }
    return tx.inTransaction(() -> {
      String id = c.organiserId();
      boolean exists = switch (c.organiserKind()) {
        case SCHOOL -> schools.byId(district, SchoolId.of(id)).isPresent();
        case ZONE -> zones.byId(district, ZoneId.of(id)).isPresent();
        case PARTNER -> partners.byId(district, PartnerId.of(id)).isPresent();
        case DISTRICT -> true;
      };
      if (!exists) {
        throw new NotFoundException(c.organiserKind().name().toLowerCase(java.util.Locale.ROOT), id);
      }
      Activity a = new Activity(ActivityId.newId(), district, c.organiserKind(), id, c.title().strip(),
          c.description() == null || c.description().isBlank() ? null : c.description().strip(), c.collaboration(),
          c.eligibleGrades(), c.capacity(), c.opensAt(), c.closesAt(), Term.of(c.term()), c.mode(), 0, null, 0);
      activities.add(a);
      return a;
    });
  }

  @Override
  public Activity draw(DrawLotteryCommand c) {
    validator.validate(c);
    DistrictCode district = DistrictCode.of(c.district());
    ActivityId id = ActivityId.of(c.activityId());
    long seed = c.seed() != null ? c.seed() : SEEDS.nextLong();
    return tx.inTransaction(() -> {
      Activity a = activities.lockById(district, id).orElseThrow(() -> new NotFoundException("activity", id));
      RuleViolationException.throwIfRejected(RegistrationRules.canDraw(a, clock.now()));
      List<Registration> pending = activities.registrationsOf(district, id).stream()
          .filter(r -> r.status() == RegistrationStatus.PENDING).toList();
      List<Registration> order = LotteryDraw.order(pending, seed);
      int confirmed = 0;
      for (int i = 0; i < order.size(); i++) {
        boolean place = i < a.capacity();
        if (place) {
          confirmed++;
        }
        activities.updateRegistration(order.get(i).drawn(
            place ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, i + 1L));
      }
      return activities.update(a.drawn(new LotteryDraw(seed, clock.now(), c.drawnBy(), order.size()), confirmed));
    });
  }

  // ---- register

  @Override
  public void checkMayRegister(Actor actor, String studentId) {
    Student s = student(actor.district(), studentId);
    Target school = new Target.School(actor.district(), s.school());
    if (access.visibility(actor, Action.REGISTER_STUDENTS).includes(school)) {
      return;
    }
    boolean ownChild = access.visibility(actor, Action.REGISTER_OWN_CHILDREN).includes(school)
        && actor.user().linkedGuardian().map(g -> roster.linksOfGuardian(actor.district(), g).stream()
            .map(GuardianLink::student).anyMatch(s.id()::equals)).orElse(false);
    if (ownChild) {
      return;
    }
    if (access.visibility(actor, Action.REGISTER_OWN_CHILDREN).permitted()
        && !access.visibility(actor, Action.REGISTER_STUDENTS).permitted()) {
      throw new NotFoundException("student", s.id()); // a guardian: another family's child does not exist for them
    }
    access.check(actor, Action.REGISTER_STUDENTS, school); // 404 or 403
    throw new NotFoundException("student", s.id());
  }

  @Override
  public Registration register(RegisterCommand c) {
    validator.validate(c);
    DistrictCode district = DistrictCode.of(c.district());
    ActivityId activityId = ActivityId.of(c.activityId());
    StudentId studentId = StudentId.of(c.studentId());
    int limit = policies.require(district).localSettings().activitiesPerStudentPerTerm();
    try {
      return tx.inTransaction(() -> registerLocked(district, activityId, studentId, limit, c.registeredBy()));
    } catch (ConflictException e) {
      // the same student registered concurrently: the other registration won; return it (idempotent)
      if (e.kind() == ConflictException.Kind.DUPLICATE) {
        Optional<Registration> existing = activities.registrationOf(district, activityId, studentId);
        if (existing.isPresent()) {
          return existing.get();
        }
      }
      throw e;
    }
  }

  private Registration registerLocked(DistrictCode district, ActivityId activityId, StudentId studentId, int limit,
      String by) {
    Activity a = activities.lockById(district, activityId)
        .orElseThrow(() -> new NotFoundException("activity", activityId));
    Student s = roster.studentById(district, studentId).orElseThrow(() -> new NotFoundException("student", studentId));
    Optional<Registration> existing = activities.registrationOf(district, activityId, studentId);
    if (existing.isPresent()) {
      return existing.get();
    }
    RuleViolationException.throwIfRejected(RegistrationRules.windowOpen(a, clock.now()));
    int grade = Optional.ofNullable(s.schoolClass()).flatMap(k -> roster.classById(district, k))
        .map(SchoolClass::grade).orElse(0);
    RuleViolationException.throwIfRejected(RegistrationRules.gradeEligible(a, grade));
    RuleViolationException.throwIfRejected(RegistrationRules.withinTermLimit(a,
        activities.activeRegistrationsInTerm(district, studentId, a.term()), limit));
    RegistrationStatus status;
    if (a.mode() == RegistrationMode.LOTTERY) {
      status = RegistrationStatus.PENDING;
    } else {
      status = activities.claimPlace(district, activityId) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    }
    Registration r = new Registration(RegistrationId.newId(), district, activityId, studentId, status,
        activities.nextPosition(district, activityId), clock.now(), by, null, null, 0);
    activities.addRegistration(r);
    return r;
  }

  @Override
  public Registration cancel(CancelRegistrationCommand c) {
    validator.validate(c);
    DistrictCode district = DistrictCode.of(c.district());
    ActivityId activityId = ActivityId.of(c.activityId());
    RegistrationId id = RegistrationId.of(c.registrationId());
    return tx.inTransaction(() -> {
      activities.lockById(district, activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
      Registration r = activities.registrationById(district, id).filter(x -> x.activity().equals(activityId))
          .orElseThrow(() -> new NotFoundException("registration", id));
      if (r.status() == RegistrationStatus.CANCELLED) {
        return r;
      }
      Registration cancelled = activities.updateRegistration(r.cancelled(clock.now(), c.cancelledBy()));
      if (r.status() == RegistrationStatus.CONFIRMED) {
        Optional<Registration> next = activities.registrationsOf(district, activityId).stream()
            .filter(x -> x.status() == RegistrationStatus.WAITLISTED)
            .min(Comparator.comparingLong(Registration::position));
        if (next.isPresent()) {
          activities.updateRegistration(next.get().withStatus(RegistrationStatus.CONFIRMED));
        } else {
          activities.releasePlace(district, activityId);
        }
      }
      return cancelled;
    });
  }

  // ---- queries

  @Override
  public List<Activity> activities(DistrictCode district) {
    return activities.all(district);
  }

  @Override
  public Activity activity(DistrictCode district, String id) {
    return parse(id, ActivityId::of).flatMap(x -> activities.byId(district, x))
        .orElseThrow(() -> new NotFoundException("activity", id));
  }

  @Override
  public List<Registration> registrations(DistrictCode district, String activityId) {
    Activity a = activity(district, activityId);
    return new ArrayList<>(activities.registrationsOf(district, a.id()));
  }

  @Override
  public Registration registration(DistrictCode district, String activityId, String registrationId) {
    Activity a = activity(district, activityId);
    return parse(registrationId, RegistrationId::of).flatMap(x -> activities.registrationById(district, x))
        .filter(r -> r.activity().equals(a.id()))
        .orElseThrow(() -> new NotFoundException("registration", registrationId));
  }

  @Override
  public Student student(DistrictCode district, String studentId) {
    return parse(studentId, StudentId::of).flatMap(x -> roster.studentById(district, x))
        .orElseThrow(() -> new NotFoundException("student", studentId));
  }

  private static <T> Optional<T> parse(String id, java.util.function.Function<String, T> of) {
    try {
      return Optional.of(of.apply(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
