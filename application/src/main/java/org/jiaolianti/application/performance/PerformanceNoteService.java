package org.jiaolianti.application.performance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase;
import org.jiaolianti.application.performance.port.out.NoteReads;
import org.jiaolianti.application.performance.port.out.PerformanceNotes;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.performance.NoteAudience;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.performance.PerformanceNote;
import org.jiaolianti.domain.performance.PerformanceNoteId;
import org.jiaolianti.domain.performance.PerformanceNoteRules;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/** Performance notes on one student, their restricted text and their read audit (五(一)2). */
public final class PerformanceNoteService implements PerformanceNotesUseCase {

  private static final Comparator<PerformanceNote> NEWEST_FIRST =
      Comparator.comparing(PerformanceNote::writtenAt).reversed().thenComparing(n -> n.id().value());

  /** The audit trail's subject type of a note read. */
  public static final String SUBJECT = "PERFORMANCE_NOTE";
  private final PerformanceNotes notes;
  private final NoteReads reads;
  private final Audit audit;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public PerformanceNoteService(PerformanceNotes notes, NoteReads reads, Roster roster, AccessControl access,
      Transactions tx, Clock clock, CommandValidator validator, Audit audit) {
    this.notes = requireNonNull(notes);
    this.audit = requireNonNull(audit);
    this.reads = requireNonNull(reads);
    this.roster = requireNonNull(roster);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public PerformanceNote write(Actor actor, WriteNoteCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Student student = student(actor, command.studentId());
      access.check(actor, Action.WRITE_PERFORMANCE_NOTES, new Target.School(actor.district(), student.school()));
      NoteAudience audience = audience(actor, student);
      if (!audience.writes()) {
        throw new NotFoundException("student", command.studentId());
      }
      Instant now = now();
      PerformanceNote note = PerformanceNote.write(PerformanceNoteId.newId(), actor.district(), student.school(),
          student.id(), actor.userId(), actor.user().displayName(), actor.today(), now, command.category(),
          command.text().strip(), command.restricted());
      notes.add(note);
      return note;
    });
  }

  @Override
  public NotesPage list(Actor actor, String studentId, int offset, int limit) {
    return tx.inTransaction(() -> {
      Reader reader = reader(actor, studentId);
      List<PerformanceNote> all = notes.ofStudent(actor.district(), reader.student().id()).stream()
          .sorted(NEWEST_FIRST).toList();
      List<SeenNote> page = new ArrayList<>();
      for (PerformanceNote n : all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()))) {
        page.add(seen(actor, reader.audience(), n));
      }
      return new NotesPage(page, all.size());
    });
  }

  @Override
  public SeenNote note(Actor actor, String studentId, String noteId) {
    return tx.inTransaction(() -> {
      Reader reader = reader(actor, studentId);
      return seen(actor, reader.audience(), find(actor, reader.student(), noteId));
    });
  }

  @Override
  public SeenNote voidNote(Actor actor, VoidNoteCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Student student = student(actor, command.studentId());
      access.check(actor, Action.WRITE_PERFORMANCE_NOTES, new Target.School(actor.district(), student.school()));
      NoteAudience audience = audience(actor, student);
      if (!audience.writes()) {
        throw new NotFoundException("student", command.studentId());
      }
      PerformanceNote note = find(actor, student, command.noteId());
      RuleViolationException.throwIfRejected(PerformanceNoteRules.mayVoid(note, audience, actor.userId()));
      PerformanceNote voided = notes.markVoided(note.voidedBy(actor.userId(), command.reason().strip(), now()));
      return seen(actor, audience, voided);
    });
  }

  @Override
  public List<NoteRead> readAudit(Actor actor, String studentId) {
    return tx.inTransaction(() -> {
      Student student = student(actor, studentId);
      access.check(actor, Action.READ_NOTE_READ_AUDIT, new Target.School(actor.district(), student.school()));
      return reads.ofStudent(actor.district(), student.id());
    });
  }

  private record Reader(Student student, NoteAudience audience) {}

  private Reader reader(Actor actor, String studentId) {
    Student student = student(actor, studentId);
    access.check(actor, Action.READ_PERFORMANCE_NOTES, new Target.School(actor.district(), student.school()));
    return new Reader(student, audience(actor, student));
  }

  /** The note as the actor sees it; if with its text, the read is audited now (same transaction). */
  private SeenNote seen(Actor actor, NoteAudience audience, PerformanceNote note) {
    boolean withText = PerformanceNoteRules.seesText(note, audience, actor.userId());
    if (withText) {
      reads.add(new NoteRead(Ids.newId(), actor.district(), note.id(), note.student(), actor.userId(), now()));
      // the district's one audit trail has every read of a note's text too (who, role, scope, when; never the text)
      audit.record(actor, new AuditSubject(SUBJECT, note.id().value()), AuditAction.READ,
          "NOTE_READ:" + audience.name(), AuditOutcome.ALLOWED);
    }
    return new SeenNote(note, withText);
  }

  private PerformanceNote find(Actor actor, Student student, String noteId) {
    PerformanceNoteId id;
    try {
      id = PerformanceNoteId.of(noteId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("performance note", noteId);
    }
    return notes.byId(actor.district(), id).filter(n -> n.student().equals(student.id()))
        .orElseThrow(() -> new NotFoundException("performance note", noteId));
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }


  /** The actor's capacity towards the student, else not found (ids cannot be probed). */
  private NoteAudience audience(Actor actor, Student student) {
    DistrictCode district = actor.district();
    GuardianId guardian = actor.has(Role.GUARDIAN) ? actor.user().linkedGuardian().orElse(null) : null;
    Set<GuardianId> guardians = roster.linksOfStudent(district, student.id()).stream()
        .map(GuardianLink::guardian).collect(Collectors.toSet());
    Set<ClassId> classes = references(actor, Role.TEACHER, ScopeType.CLASSES).stream().map(ClassId::of)
        .collect(Collectors.toSet());
    Set<SchoolId> administered = references(actor, Role.SCHOOL_ADMIN, ScopeType.SCHOOL).stream().map(SchoolId::of)
        .collect(Collectors.toSet());
    Set<SchoolId> staff = new HashSet<>();
    for (Role role : List.of(Role.TEACHER, Role.COUNSELLOR)) {
      references(actor, role, ScopeType.SCHOOL).stream().map(SchoolId::of).forEach(staff::add);
    }
    for (ClassId c : classes) {
      roster.classById(district, c).ifPresent(cl -> staff.add(cl.school()));
    }
    return PerformanceNoteRules.audience(student, guardian, guardians, classes, administered, staff)
        .orElseThrow(() -> new NotFoundException("student", student.id()));
  }

  private static Set<String> references(Actor actor, Role role, ScopeType type) {
    return actor.scopesOf(role).stream().filter(s -> s.type() == type).map(Scope::reference)
        .filter(PerformanceNoteService::wellFormed).collect(Collectors.toSet());
  }

  private static boolean wellFormed(String reference) {
    try {
      Ids.check(reference, "id");
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
