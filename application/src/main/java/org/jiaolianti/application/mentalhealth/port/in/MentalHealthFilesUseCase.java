package org.jiaolianti.application.mentalhealth.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.CareMarkEntry;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordId;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.LevelChange;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Mental-health files (一生一档, 五(二)2). Who sees what (deny by default, decided here):
 * <ul>
 *   <li>COUNSELLOR of the student's school: the file's level, history, categories, marks and care-record metadata;
 *       notes and plans only for a file whose counsellor they are (caseload). Opens files of their school (with a
 *       MENTAL_HEALTH_FILE consent in force); every change is by the file's counsellor; the school's mental-health
 *       lead may also reassign the counsellor. Another school's file: not found.
 *   <li>DISTRICT_MH_OFFICER: the same metadata district-wide; notes only while a break-glass access to the student
 *       is active (then audited with purpose {@code BREAK_GLASS}).
 *   <li>TEACHER: {@link #attention} for the students of their classes, nothing else.
 *   <li>GUARDIAN: {@link #summary} of their own child.
 * </ul>
 * Every call writes an audit event (subject {@code MENTAL_HEALTH_FILE}; a refused one as DENIED), never the content.
 *
 * <p>中文：学生心理健康档案（一生一档）。依据：五(二)2、三(二)6
 */
public interface MentalHealthFilesUseCase {

  SeenFile open(Actor actor, OpenCommand command);

  /** The files the actor reads, by opening time; optionally of one school, at one level, of one counsellor. */
  FilesPage list(Actor actor, FileFilter filter, int offset, int limit);

  SeenFile get(Actor actor, String fileId);

  SeenFile changeLevel(Actor actor, String fileId, ChangeLevelCommand command);

  SeenFile setCategories(Actor actor, String fileId, CategoriesCommand command);

  SeenFile mark(Actor actor, String fileId, MarkCommand command);

  SeenFile unmark(Actor actor, String fileId, CareMark mark, Long expectedVersion);

  SeenFile assignCounsellor(Actor actor, String fileId, AssignCommand command);

  /** An observation ({@code kind} OBSERVATION) or an intervention (TALK, GUIDANCE, TARGETED_HELP). */
  SeenRecord record(Actor actor, String fileId, RecordCommand command);

  /** The file's observations ({@code interventions} false) or interventions, oldest first. */
  List<SeenRecord> records(Actor actor, String fileId, boolean interventions);

  /** Marks the follow-up of an observation ({@code interventions} false) or an intervention done. */
  SeenRecord completeFollowUp(Actor actor, String fileId, String recordId, boolean interventions);

  /** Open follow-ups past their day (no note, no plan): the school's lead, the caseload, the district officer. */
  List<OverdueFollowUp> overdueFollowUps(Actor actor, String schoolId);

  /** A teacher's students (of one class, or of all their classes) whose file's level needs attention. */
  List<AttentionFlag> attention(Actor actor, String classId);

  /** A guardian's summary of their own child's file. */
  GuardianSummary summary(Actor actor, String studentId);

  /** @param counsellorId the counsellor (a COUNSELLOR of the school); null: the opener */
  record OpenCommand(
      @RecordId String studentId,
      @NotNull FileTrigger trigger,
      @NotBlank @Size(max = 40) String level,
      @Size(max = 20) Set<@NotBlank @Size(max = 40) String> categories,
      @NotBlank @Size(max = LevelChange.MAX_NOTE) String note,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String counsellorId) {}

  /** Equality filters; null means any. */
  record FileFilter(String schoolId, String level, String counsellorId) {
    public static final FileFilter NONE = new FileFilter(null, null, null);
  }

  /** @param expectedVersion the version read (If-Match); null: any */
  record ChangeLevelCommand(@NotBlank @Size(max = 40) String level,
      @NotBlank @Size(max = LevelChange.MAX_NOTE) String note, Long expectedVersion) {}

  record CategoriesCommand(@NotNull @Size(max = 20) Set<@NotBlank @Size(max = 40) String> categories,
      Long expectedVersion) {}

  record MarkCommand(@NotNull CareMark mark, @NotBlank @Size(max = CareMarkEntry.MAX_PLAN) String plan,
      Long expectedVersion) {}

  record AssignCommand(@RecordId String counsellorId, Long expectedVersion) {}

  /** @param plan required for an intervention; @param followUpOn the follow-up day, or null */
  record RecordCommand(@NotNull CareKind kind, @NotNull LocalDate on,
      @NotBlank @Size(max = CareRecord.MAX_TEXT) String note, @Size(max = CareRecord.MAX_TEXT) String plan,
      LocalDate followUpOn) {}

  /** How the reader reads a file: only CASELOAD and BREAK_GLASS see notes and plans. */
  enum Reading {
    CASELOAD, SCHOOL_COUNSELLOR, DISTRICT_OFFICER, BREAK_GLASS;

    public boolean seesNotes() {
      return this == CASELOAD || this == BREAK_GLASS;
    }
  }

  /** A level change as read: {@code note} null unless the reader sees notes. */
  record SeenLevelChange(String from, String to, UserId by, Instant at, String note) {}

  /** A care mark as read: {@code plan} null unless the reader sees notes. */
  record SeenMark(CareMark mark, UserId by, Instant at, String plan) {}

  /** A file as one reader reads it (decrypted texts only for CASELOAD and BREAK_GLASS). */
  record SeenFile(MentalHealthFileId id, SchoolId school, StudentId student, FileTrigger trigger, UserId openedBy,
      Instant openedAt, String level, Set<String> categories, List<SeenLevelChange> levels, List<SeenMark> marks,
      UserId counsellor, long version, Reading reading) {}

  record FilesPage(List<SeenFile> items, long total) {}

  /** A care record as read: {@code note}/{@code plan} null unless the reader sees notes. */
  record SeenRecord(CareRecordId id, MentalHealthFileId file, StudentId student, CareKind kind, LocalDate on,
      String note, String plan, boolean hasPlan, LocalDate followUpOn, UserId recordedBy, Instant recordedAt,
      UserId followedUpBy, Instant followedUpAt, boolean overdue, long version, Reading reading) {}

  /** An overdue follow-up: who, whose caseload, which day, which record; never the note or plan. */
  record OverdueFollowUp(CareRecordId record, MentalHealthFileId file, StudentId student, SchoolId school,
      UserId counsellor, CareKind kind, LocalDate dueOn) {}

  /** A student of the teacher's classes whose file needs attention (the only thing a teacher sees). */
  record AttentionFlag(StudentId student, String maskedName, ClassId schoolClass) {}

  /**
   * A guardian's summary: whether a file exists and the counsellor to contact; the level label only if the seed
   * shows it ({@code levelShown}).
   */
  record GuardianSummary(StudentId student, boolean fileExists, boolean levelShown, Bilingual levelLabel,
      UserId counsellor, String counsellorName) {}
}
