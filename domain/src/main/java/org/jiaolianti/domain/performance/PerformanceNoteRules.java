package org.jiaolianti.domain.performance;

import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * Who sees and writes a student's performance notes, and who sees a restricted note's text (五(一)2: the
 * home–school platform's in-school performance; need-to-know for restricted notes).
 *
 * <p>中文：在校表现记录规则。
 */
public final class PerformanceNoteRules {

  /** 五(一)2: the home–school platform (家校互动云平台). */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)2");

  private PerformanceNoteRules() {}

  /**
   * In which capacity a user sees {@code student}'s notes: as a guardian if linked to the student; as a school
   * leader of the student's school; as a teacher of the student's class; as other staff of the school
   * (teacher or counsellor there); else not at all (a not-found).
   */
  public static Optional<NoteAudience> audience(Student student, GuardianId guardianOf,
      Set<GuardianId> studentsGuardians, Set<ClassId> taughtClasses, Set<SchoolId> administeredSchools,
      Set<SchoolId> staffSchools) {
    if (guardianOf != null && studentsGuardians.contains(guardianOf)) {
      return Optional.of(NoteAudience.GUARDIAN);
    }
    if (administeredSchools.contains(student.school())) {
      return Optional.of(NoteAudience.SCHOOL_LEADER);
    }
    if (student.schoolClass() != null && taughtClasses.contains(student.schoolClass())) {
      return Optional.of(NoteAudience.CLASS_TEACHER);
    }
    if (staffSchools.contains(student.school())) {
      return Optional.of(NoteAudience.SCHOOL_STAFF);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code reader} in capacity {@code audience} sees the note's text: an unrestricted note, yes; a
   * restricted one only the guardians, the school's leaders and its author (the others see that it exists).
   */
  public static boolean seesText(PerformanceNote note, NoteAudience audience, UserId reader) {
    return !note.restricted() || audience == NoteAudience.GUARDIAN || audience == NoteAudience.SCHOOL_LEADER
        || note.author().equals(reader);
  }

  /** A note is voided by its author or a leader of its school, once. */
  public static Decision mayVoid(PerformanceNote note, NoteAudience audience, UserId by) {
    if (note.voided()) {
      return Decision.rejected("NOTE_ALREADY_VOIDED", Bilingual.of("该表现记录已作废", "the note is already voided"),
          CLAUSE);
    }
    if (audience != NoteAudience.SCHOOL_LEADER && !note.author().equals(by)) {
      return Decision.rejected("NOTE_VOID_OWN", Bilingual.of("只能作废本人写的表现记录",
          "only the author or a school leader voids a note"), CLAUSE);
    }
    return Decision.allowed();
  }
}
