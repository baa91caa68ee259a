package org.jiaolianti.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Who sees a student's notes in which capacity, who sees a restricted note's text, who voids a note. */
class PerformanceNoteRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final SchoolId SCHOOL = SchoolId.of("s1");
  private static final ClassId CLASS = ClassId.of("c1");
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private final Student student = new Student(StudentId.of("st1"), D, SCHOOL, CLASS, "陈小明", Gender.MALE,
      LocalDate.of(2017, 1, 1), null, 0);
  private final GuardianId parent = GuardianId.of("g1");
  private final UserId author = UserId.of("t1");

  private PerformanceNote note(boolean restricted) {
    return PerformanceNote.write(PerformanceNoteId.of("n1"), D, SCHOOL, student.id(), author, "王老师",
        LocalDate.of(2026, 3, 2), AT, NoteCategory.HEALTH, "需要关注", restricted);
  }

  @Test
  void guardiansLeadersClassTeachersAndSchoolStaffSeeTheNotes_nobodyElse() {
    assertThat(PerformanceNoteRules.audience(student, parent, Set.of(parent), Set.of(), Set.of(), Set.of()))
        .contains(NoteAudience.GUARDIAN);
    assertThat(PerformanceNoteRules.audience(student, null, Set.of(parent), Set.of(), Set.of(SCHOOL), Set.of()))
        .contains(NoteAudience.SCHOOL_LEADER);
    assertThat(PerformanceNoteRules.audience(student, null, Set.of(parent), Set.of(CLASS), Set.of(), Set.of(SCHOOL)))
        .contains(NoteAudience.CLASS_TEACHER);
    assertThat(PerformanceNoteRules.audience(student, null, Set.of(parent), Set.of(ClassId.of("c2")), Set.of(),
        Set.of(SCHOOL))).contains(NoteAudience.SCHOOL_STAFF);
    assertThat(PerformanceNoteRules.audience(student, GuardianId.of("g2"), Set.of(parent), Set.of(ClassId.of("c2")),
        Set.of(SchoolId.of("s2")), Set.of(SchoolId.of("s2")))).isEmpty();
    assertThat(NoteAudience.CLASS_TEACHER.writes()).isTrue();
    assertThat(NoteAudience.SCHOOL_LEADER.writes()).isTrue();
    assertThat(NoteAudience.SCHOOL_STAFF.writes()).isFalse();
    assertThat(NoteAudience.GUARDIAN.writes()).isFalse();
  }

  @Test
  void aRestrictedNotesTextIsForGuardiansLeadersAndItsAuthorOnly() {
    PerformanceNote restricted = note(true);
    UserId other = UserId.of("t2");
    assertThat(PerformanceNoteRules.seesText(restricted, NoteAudience.GUARDIAN, UserId.of("u9"))).isTrue();
    assertThat(PerformanceNoteRules.seesText(restricted, NoteAudience.SCHOOL_LEADER, other)).isTrue();
    assertThat(PerformanceNoteRules.seesText(restricted, NoteAudience.CLASS_TEACHER, author)).isTrue();
    assertThat(PerformanceNoteRules.seesText(restricted, NoteAudience.CLASS_TEACHER, other)).isFalse();
    assertThat(PerformanceNoteRules.seesText(restricted, NoteAudience.SCHOOL_STAFF, other)).isFalse();
    assertThat(PerformanceNoteRules.seesText(note(false), NoteAudience.SCHOOL_STAFF, other)).isTrue();
  }

  @Test
  void theAuthorOrALeaderVoidsANoteOnce_theTextStays() {
    PerformanceNote n = note(false);
    assertThat(PerformanceNoteRules.mayVoid(n, NoteAudience.CLASS_TEACHER, author)).isEqualTo(Decision.allowed());
    assertThat(PerformanceNoteRules.mayVoid(n, NoteAudience.SCHOOL_LEADER, UserId.of("l1")))
        .isEqualTo(Decision.allowed());
    Decision other = PerformanceNoteRules.mayVoid(n, NoteAudience.CLASS_TEACHER, UserId.of("t2"));
    assertThat(other.isAllowed()).isFalse();
    assertThat(other.toString()).contains("NOTE_VOID_OWN").contains("五(一)2");
    PerformanceNote voided = n.voidedBy(author, "写错了", AT.plusSeconds(60));
    assertThat(voided.text()).isEqualTo(n.text());
    assertThat(voided.voidReason()).isEqualTo("写错了");
    assertThat(PerformanceNoteRules.mayVoid(voided, NoteAudience.SCHOOL_LEADER, UserId.of("l1")).toString())
        .contains("NOTE_ALREADY_VOIDED");
  }

  @Test
  void aNoteHasOneToTwoThousandCharactersAndAllVoidFieldsOrNone() {
    assertThatThrownBy(() -> PerformanceNote.write(PerformanceNoteId.of("n2"), D, SCHOOL, student.id(), author, "王老师",
        LocalDate.of(2026, 3, 2), AT, NoteCategory.STUDY, "长".repeat(2001), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PerformanceNote.write(PerformanceNoteId.of("n2"), D, SCHOOL, student.id(), author, "王老师",
        LocalDate.of(2026, 3, 2), AT, NoteCategory.STUDY, " ", false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PerformanceNote(PerformanceNoteId.of("n2"), D, SCHOOL, student.id(), author, "王老师",
        LocalDate.of(2026, 3, 2), AT, NoteCategory.STUDY, "x", false, AT, null, "r", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
