package org.jiaolianti.application.people;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.ProfileReader;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Reads full student profiles: the action from the access rules ({@link Action#READ_STUDENT_PROFILES}), then need to
 * know from the roster (the reader's capacity), and an audit event for every read — ALLOWED in the read's
 * transaction, DENIED in one of its own after a refusal (as {@code HomeVisitService} does).
 */
public final class StudentProfileService implements StudentProfileUseCase {

  public static final String SUBJECT = "STUDENT";

  private final Roster roster;
  private final Schools schools;
  private final AccessControl access;
  private final Audit audit;
  private final Transactions tx;

  public StudentProfileService(Roster roster, Schools schools, AccessControl access, Audit audit, Transactions tx) {
    this.roster = requireNonNull(roster);
    this.schools = requireNonNull(schools);
    this.access = requireNonNull(access);
    this.audit = requireNonNull(audit);
    this.tx = requireNonNull(tx);
  }

  @Override
  public Profile get(Actor actor, String studentId) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, studentId);
    try {
      return tx.inTransaction(() -> {
        var visibility = access.visibility(actor, Action.READ_STUDENT_PROFILES);
        if (!visibility.permitted()) {
          // the same answer for every id: a role that never reads profiles learns nothing about which exist
          throw new ForbiddenException(Bilingual.of("无权查看学生档案", "no role of yours reads student profiles"));
        }
        Student student = student(actor, studentId);
        ProfileReader reader = Optional.of(student).filter(s -> visibility.includesSchool(s.school()))
            .flatMap(s -> reader(actor, s)).orElseThrow(() -> new NotFoundException("student", studentId));
        School school = schools.byId(actor.district(), student.school())
            .orElseThrow(() -> new NotFoundException("student", studentId));
        List<LinkedGuardian> guardians = new ArrayList<>();
        for (GuardianLink link : roster.linksOfStudent(actor.district(), student.id())) {
          roster.guardianById(actor.district(), link.guardian())
              .ifPresent(g -> guardians.add(new LinkedGuardian(g, link.relation())));
        }
        var schoolClass = student.optionalClass().flatMap(c -> roster.classById(actor.district(), c)).orElse(null);
        audit.record(actor, subject, AuditAction.READ, "PROFILE:" + reader, AuditOutcome.ALLOWED);
        return new Profile(student, schoolClass, school.name(), guardians, reader);
      });
    } catch (NotFoundException | ForbiddenException refused) {
      audit.record(actor, subject, AuditAction.READ, "PROFILE", AuditOutcome.DENIED);
      throw refused;
    }
  }

  /** The actor's capacity towards the student, in order of what it shows: contacts first. */
  private Optional<ProfileReader> reader(Actor actor, Student student) {
    if (student.schoolClass() != null
        && has(actor, Role.TEACHER, ScopeType.CLASSES, student.schoolClass().value())) {
      return Optional.of(ProfileReader.CLASS_TEACHER);
    }
    if (has(actor, Role.SCHOOL_ADMIN, ScopeType.SCHOOL, student.school().value())) {
      return Optional.of(ProfileReader.SCHOOL_ADMIN);
    }
    if (has(actor, Role.COUNSELLOR, ScopeType.SCHOOL, student.school().value())
        || has(actor, Role.COUNSELLOR, ScopeType.CASELOAD, student.school().value())) {
      return Optional.of(ProfileReader.COUNSELLOR);
    }
    if (actor.has(Role.GUARDIAN) && actor.user().linkedGuardian().map(g -> roster.linksOfGuardian(actor.district(), g)
        .stream().anyMatch(l -> l.student().equals(student.id()))).orElse(false)) {
      return Optional.of(ProfileReader.GUARDIAN);
    }
    return Optional.empty();
  }

  private static boolean has(Actor actor, Role role, ScopeType type, String reference) {
    return actor.scopesOf(role).stream().anyMatch(s -> s.type() == type && reference.equals(s.reference()));
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }

}
