package org.jiaolianti.application.homevisit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.breakglass.BreakGlassCheck;
import org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase;
import org.jiaolianti.application.homevisit.port.out.HomeVisits;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.HomeVisitId;
import org.jiaolianti.domain.homevisit.HomeVisitRules;
import org.jiaolianti.domain.homevisit.HomeVisitRules.Capacity;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;

/**
 * Home visits: access from the roster (class teachers, school leaders, linked guardians, the visitors), the note
 * sealed with the {@link FieldCipher} before storage and opened only for a reader with need to know, and an audit
 * event for every record and every read of one visit — ALLOWED in the use case's transaction, DENIED in one of its
 * own ({@link Audit#audited}).
 */
public final class HomeVisitService implements HomeVisitsUseCase {

  public static final String SUBJECT = "HOME_VISIT";
  private static final Comparator<HomeVisit> NEWEST_FIRST = Comparator.comparing(HomeVisit::visitedOn)
      .thenComparing(HomeVisit::recordedAt).thenComparing(v -> v.id().value()).reversed();

  private final HomeVisits visits;
  private final Roster roster;
  private final Users users;
  private final AccessControl access;
  private final Audit audit;
  private final FieldCipher cipher;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;
  private final BreakGlassCheck breakGlass;

  public HomeVisitService(HomeVisits visits, Roster roster, Users users, AccessControl access, Audit audit,
      FieldCipher cipher, Transactions tx, Clock clock, CommandValidator validator, BreakGlassCheck breakGlass) {
    this.visits = requireNonNull(visits);
    this.roster = requireNonNull(roster);
    this.users = requireNonNull(users);
    this.access = requireNonNull(access);
    this.audit = requireNonNull(audit);
    this.cipher = requireNonNull(cipher);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
    this.breakGlass = requireNonNull(breakGlass);
  }

  @Override
  public SeenVisit record(Actor actor, RecordVisitCommand command) {
    validator.validate(command);
    HomeVisitId id = HomeVisitId.newId();
    return audited(actor, AuditSubject.asked("STUDENT", command.studentId()), AuditAction.CREATE, () -> {
          Student student = student(actor, command.studentId());
          access.check(actor, Action.RECORD_HOME_VISITS, new Target.School(actor.district(), student.school()));
          Capacity capacity = staffCapacity(actor, student)
              .orElseThrow(() -> new NotFoundException("student", command.studentId()));
          RuleViolationException.throwIfRejected(HomeVisitRules.mayRecord(command.visitedOn(), actor.today()));
          Set<UserId> visitors = new LinkedHashSet<>();
          visitors.add(actor.userId());
          List<String> others = command.visitorIds() == null ? List.of() : command.visitorIds();
          for (int i = 0; i < others.size(); i++) {
            UserId visitor = UserId.of(others.get(i));
            if (users.byId(actor.district(), visitor).isEmpty()) {
              throw InvalidInputException.of("visitorIds[" + i + "]", "unknown", "没有该用户",
                  "no such user in the district");
            }
            visitors.add(visitor);
          }
          String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
          HomeVisit visit = new HomeVisit(id, actor.district(), student.school(), student.id(), command.visitedOn(),
              List.copyOf(visitors), command.mode(),
              command.topics() == null ? List.of() : command.topics().stream().map(String::strip).toList(),
              note == null ? null : cipher.encrypt(note, HomeVisit.noteContext(actor.district(), id)),
              command.flagsConcern(), actor.userId(), now(), 1);
          visits.add(visit);
          audit.record(actor, new AuditSubject(SUBJECT, id.value()), AuditAction.CREATE, "RECORD:" + capacity,
              AuditOutcome.ALLOWED);
          return new SeenVisit(visit, capacity, true, note);
        });
  }

  @Override
  public VisitsPage list(Actor actor, String studentId, int offset, int limit) {
    return tx.inTransaction(() -> {
      if (studentId != null && glassFor(actor, studentId).isPresent()) {
        // the officer's break-glass reaches this one student's visits (五(二)2); the list carries no notes
        List<SeenVisit> seen = visits.ofStudent(actor.district(), StudentId.of(studentId)).stream()
            .sorted(NEWEST_FIRST).map(v -> new SeenVisit(v, Capacity.BREAK_GLASS, true, null)).toList();
        audit.record(actor, AuditSubject.asked("STUDENT", studentId), AuditAction.LIST, "LIST:BREAK_GLASS",
            AuditOutcome.ALLOWED);
        int from = Math.min(offset, seen.size());
        return new VisitsPage(seen.subList(from, Math.min(from + limit, seen.size())), seen.size());
      }
      if (!access.visibility(actor, Action.READ_HOME_VISITS).permitted()) {
        throw new ForbiddenException(org.jiaolianti.domain.shared.Bilingual.of(
            "无权查看家访记录", "no role of yours reads home visits"));
      }
      Map<HomeVisitId, HomeVisit> candidates = new LinkedHashMap<>();
      if (studentId != null) {
        Student student = student(actor, studentId);
        visits.ofStudent(actor.district(), student.id()).forEach(v -> candidates.put(v.id(), v));
      } else {
        for (SchoolId school : schoolsOf(actor)) {
          visits.ofSchool(actor.district(), school).forEach(v -> candidates.put(v.id(), v));
        }
        for (StudentId child : children(actor)) {
          visits.ofStudent(actor.district(), child).forEach(v -> candidates.put(v.id(), v));
        }
      }
      List<SeenVisit> seen = new ArrayList<>();
      for (HomeVisit v : candidates.values().stream().sorted(NEWEST_FIRST).toList()) {
        Optional<Student> student = roster.studentById(actor.district(), v.student());
        student.flatMap(s -> capacity(actor, v, s)).ifPresent(c -> seen.add(new SeenVisit(v, c, c.seesNote(), null)));
      }
      if (studentId != null && seen.isEmpty() && !mayAskAbout(actor, student(actor, studentId))) {
        throw new NotFoundException("student", studentId);
      }
      int from = Math.min(offset, seen.size());
      return new VisitsPage(seen.subList(from, Math.min(from + limit, seen.size())), seen.size());
    });
  }

  @Override
  public SeenVisit get(Actor actor, String visitId) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, visitId);
    return audited(actor, subject, AuditAction.READ, () -> {
      HomeVisit visit = find(actor, visitId);
      boolean glass = glassFor(actor, visit.student().value()).isPresent();
      if (!glass) {
        access.check(actor, Action.READ_HOME_VISITS, new Target.School(actor.district(), visit.school()));
      }
      Student student = roster.studentById(actor.district(), visit.student())
          .orElseThrow(() -> new NotFoundException("home visit", visitId));
      Capacity capacity = glass ? Capacity.BREAK_GLASS : capacity(actor, visit, student)
          .orElseThrow(() -> new NotFoundException("home visit", visitId));
      String note = capacity.seesNote() && visit.hasNote()
          ? cipher.decrypt(visit.sealedNote(), HomeVisit.noteContext(visit.district(), visit.id())) : null;
      audit.record(actor, subject, AuditAction.READ, (note != null ? "NOTE_READ:" : "SUMMARY_READ:") + capacity,
          AuditOutcome.ALLOWED);
      return new SeenVisit(visit, capacity, capacity.seesNote(), note);
    });
  }

  /**
   * Runs {@code work} in one transaction (which records its own ALLOWED event); a refusal (not found, forbidden)
   * is recorded as DENIED on {@code subject} in a transaction of its own, after the work's rolled back.
   */
  private <T> T audited(Actor actor, AuditSubject subject, AuditAction action, java.util.function.Supplier<T> work) {
    return audit.deniedIfRefused(actor, subject, action, "NEED_TO_KNOW", work);
  }

  /**
   * The student, if the actor is the district mental-health officer with an active break-glass access to them
   * (五(二)2: notes only through break-glass); a malformed id reaches nothing.
   */
  private Optional<StudentId> glassFor(Actor actor, String studentId) {
    if (!actor.has(Role.DISTRICT_MH_OFFICER)) {
      return Optional.empty();
    }
    try {
      StudentId id = StudentId.of(studentId);
      return breakGlass.active(actor, id) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** What the actor is to this visit of this student, if anything. */
  private Optional<Capacity> capacity(Actor actor, HomeVisit visit, Student student) {
    if (visit.visitors().contains(actor.userId()) && (actor.has(Role.TEACHER) || actor.has(Role.SCHOOL_ADMIN))) {
      return Optional.of(Capacity.VISITOR);
    }
    Optional<Capacity> staff = staffCapacity(actor, student);
    if (staff.isPresent()) {
      return staff;
    }
    return children(actor).contains(student.id()) ? Optional.of(Capacity.GUARDIAN) : Optional.empty();
  }

  /** A class teacher of the student's class, or a leader of the student's school. */
  private Optional<Capacity> staffCapacity(Actor actor, Student student) {
    if (student.schoolClass() != null
        && references(actor, Role.TEACHER, ScopeType.CLASSES).contains(student.schoolClass().value())) {
      return Optional.of(Capacity.CLASS_TEACHER);
    }
    if (references(actor, Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(student.school().value())) {
      return Optional.of(Capacity.SCHOOL_LEADER);
    }
    return Optional.empty();
  }

  private boolean mayAskAbout(Actor actor, Student student) {
    return staffCapacity(actor, student).isPresent() || children(actor).contains(student.id());
  }

  private Set<SchoolId> schoolsOf(Actor actor) {
    Set<SchoolId> schools = new LinkedHashSet<>();
    references(actor, Role.SCHOOL_ADMIN, ScopeType.SCHOOL).forEach(s -> schools.add(SchoolId.of(s)));
    for (String c : references(actor, Role.TEACHER, ScopeType.CLASSES)) {
      try {
        roster.classById(actor.district(), org.jiaolianti.domain.people.ClassId.of(c))
            .ifPresent(cl -> schools.add(cl.school()));
      } catch (IllegalArgumentException e) {
        // a malformed scope reference reaches nothing
      }
    }
    return schools;
  }

  private Set<StudentId> children(Actor actor) {
    if (!actor.has(Role.GUARDIAN)) {
      return Set.of();
    }
    return actor.user().linkedGuardian().map(g -> roster.childrenOf(actor.district(), g)).orElse(Set.of());
  }

  private static Set<String> references(Actor actor, Role role, ScopeType type) {
    return actor.references(role, type);
  }


  private HomeVisit find(Actor actor, String visitId) {
    HomeVisitId id;
    try {
      id = HomeVisitId.of(visitId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("home visit", visitId);
    }
    return visits.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("home visit", visitId));
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }


  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
