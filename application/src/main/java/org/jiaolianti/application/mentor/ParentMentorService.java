package org.jiaolianti.application.mentor;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase;
import org.jiaolianti.application.mentor.port.out.ParentMentors;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.MentorRules;
import org.jiaolianti.domain.mentor.MentorStatus;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.shared.Ids;

/** Parent mentors: applications, decisions, revocations, assignments and hours (五(一)3). */
public final class ParentMentorService implements ParentMentorsUseCase {

  private static final Comparator<ParentMentor> NEWEST_FIRST =
      Comparator.comparing(ParentMentor::appliedAt).reversed().thenComparing(m -> m.id().value());

  private final ParentMentors mentors;
  private final Schools schools;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ParentMentorService(ParentMentors mentors, Schools schools, Roster roster, AccessControl access,
      Transactions tx, Clock clock, CommandValidator validator) {
    this.mentors = requireNonNull(mentors);
    this.schools = requireNonNull(schools);
    this.roster = requireNonNull(roster);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public ParentMentor apply(Actor actor, ApplyCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Optional<GuardianId> guardian = guardian(actor);
      if (guardian.isEmpty()) {
        access.check(actor, Action.APPLY_AS_MENTOR, new Target.District(actor.district()));
        throw new NotFoundException("school", command.schoolId());
      }
      SchoolId school = SchoolId.of(command.schoolId());
      Set<SchoolId> childrensSchools = roster.linksOfGuardian(actor.district(), guardian.get()).stream()
          .map(l -> roster.studentById(actor.district(), l.student())).flatMap(Optional::stream)
          .map(Student::school).collect(Collectors.toSet());
      if (!childrensSchools.contains(school) || schools.byId(actor.district(), school).isEmpty()) {
        throw new NotFoundException("school", command.schoolId());
      }
      access.check(actor, Action.APPLY_AS_MENTOR, new Target.School(actor.district(), school));
      List<ParentMentor> own = mentors.ofDistrict(actor.district()).stream()
          .filter(m -> m.guardian().equals(guardian.get())).toList();
      RuleViolationException.throwIfRejected(MentorRules.mayApply(own, school));
      ParentMentor m = ParentMentor.apply(ParentMentorId.newId(), actor.district(), school, guardian.get(),
          actor.userId(), command.expertise().strip(), now());
      mentors.add(m);
      return m;
    });
  }

  @Override
  public List<ParentMentor> list(Actor actor) {
    return tx.inTransaction(() -> {
      Optional<GuardianId> guardian = guardian(actor);
      Visibility vis = access.visibility(actor, Action.READ_MENTORS);
      if (guardian.isEmpty() && !vis.permitted()) {
        access.check(actor, Action.READ_MENTORS, new Target.District(actor.district()));
      }
      return mentors.ofDistrict(actor.district()).stream().filter(m -> sees(actor, vis, guardian, m))
          .sorted(NEWEST_FIRST).toList();
    });
  }

  @Override
  public MentorDetail get(Actor actor, String mentorId) {
    return tx.inTransaction(() -> {
      ParentMentor m = find(actor, mentorId);
      if (!sees(actor, access.visibility(actor, Action.READ_MENTORS), guardian(actor), m)) {
        throw new NotFoundException("parent mentor", mentorId);
      }
      return new MentorDetail(m, mentors.assignments(actor.district(), m.id()), mentors.hours(actor.district(), m.id()));
    });
  }

  @Override
  public ParentMentor approve(Actor actor, String mentorId) {
    return decide(actor, mentorId, MentorStatus.APPROVED);
  }

  @Override
  public ParentMentor reject(Actor actor, String mentorId) {
    return decide(actor, mentorId, MentorStatus.REJECTED);
  }

  private ParentMentor decide(Actor actor, String mentorId, MentorStatus to) {
    return tx.inTransaction(() -> {
      ParentMentor m = managed(actor, mentorId);
      RuleViolationException.throwIfRejected(MentorRules.mayDecide(m));
      return mentors.update(m.decided(to, actor.userId(), actor.today(), now()));
    });
  }

  @Override
  public ParentMentor revoke(Actor actor, RevokeCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      ParentMentor m = managed(actor, command.mentorId());
      RuleViolationException.throwIfRejected(MentorRules.mayRevoke(m));
      return mentors.update(m.revoked(actor.userId(), command.reason().strip(), now()));
    });
  }

  @Override
  public MentorAssignment assign(Actor actor, AssignCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      ParentMentor m = managed(actor, command.mentorId());
      RuleViolationException.throwIfRejected(MentorRules.mayAssign(m, command.from(), command.to()));
      MentorAssignment a = new MentorAssignment(Ids.newId(), actor.district(), m.id(), command.kind(),
          command.title().strip(), command.from(), command.to(), actor.userId(), now());
      mentors.addAssignment(a);
      return a;
    });
  }

  @Override
  public MentorHours logHours(Actor actor, LogHoursCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      ParentMentor m = managed(actor, command.mentorId());
      RuleViolationException.throwIfRejected(MentorRules.mayLogHours(m, command.on(), command.hours(),
          actor.today()));
      String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
      MentorHours h = new MentorHours(Ids.newId(), actor.district(), m.id(), command.on(), command.hours(), note,
          actor.userId(), now());
      mentors.addHours(h);
      return h;
    });
  }

  private boolean sees(Actor actor, Visibility vis, Optional<GuardianId> guardian, ParentMentor m) {
    return guardian.map(m.guardian()::equals).orElse(false) || vis.includesSchool(m.school());
  }

  /** The mentor, if the actor manages its school (another school: not found; no such role: forbidden). */
  private ParentMentor managed(Actor actor, String mentorId) {
    ParentMentor m = find(actor, mentorId);
    access.check(actor, Action.MANAGE_MENTORS, new Target.School(actor.district(), m.school()));
    return m;
  }

  private ParentMentor find(Actor actor, String mentorId) {
    ParentMentorId id;
    try {
      id = ParentMentorId.of(mentorId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("parent mentor", mentorId);
    }
    return mentors.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("parent mentor", mentorId));
  }

  private static Optional<GuardianId> guardian(Actor actor) {
    return actor.has(Role.GUARDIAN) ? actor.user().linkedGuardian() : Optional.empty();
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
