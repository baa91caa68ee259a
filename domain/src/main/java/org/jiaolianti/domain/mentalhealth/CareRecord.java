package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * An observation or an intervention on a file (五(二)2), with an optional follow-up date; the follow-up is done
 * once ({@code followedUpAt}/{@code followedUpBy}). {@code note} and {@code plan} are free text: the application
 * encrypts them at rest and never shares them (a referral shares its own summary only).
 *
 * <p>中文：观察与干预记录（谈心谈话、分类指导、精准帮扶），含跟进日期。依据：五(二)2
 *
 * @param on the day it happened
 * @param plan the plan (required for an intervention, optional for an observation)
 * @param followUpOn the day of the follow-up (null: none planned)
 */
public record CareRecord(
    CareRecordId id,
    DistrictCode district,
    MentalHealthFileId file,
    StudentId student,
    CareKind kind,
    LocalDate on,
    String note,
    String plan,
    LocalDate followUpOn,
    UserId recordedBy,
    Instant recordedAt,
    UserId followedUpBy,
    Instant followedUpAt,
    long version) {

  /** The longest note or plan a user may write (validated by the application on the plain text). */
  public static final int MAX_TEXT = 4000;
  /** The longest {@code note}/{@code plan} held: sealed by the application ({@link LevelChange#MAX_STORED_NOTE}). */
  public static final int MAX_STORED_TEXT = 4 * MAX_TEXT + 100;

  public CareRecord {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(file, "file");
    requireNonNull(student, "student");
    requireNonNull(kind, "kind");
    requireNonNull(on, "on");
    checkArgument(note != null && !note.isBlank() && note.length() <= MAX_STORED_TEXT,
        "note must be 1-%s characters (sealed)", MAX_STORED_TEXT);
    checkArgument(plan == null || (!plan.isBlank() && plan.length() <= MAX_STORED_TEXT),
        "plan must be 1-%s characters (sealed)", MAX_STORED_TEXT);
    checkArgument(!kind.intervention() || plan != null, "an intervention carries a plan");
    checkArgument(followUpOn == null || !followUpOn.isBefore(on), "a follow-up is on or after the record's day");
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(recordedAt, "recordedAt");
    checkArgument((followedUpBy == null) == (followedUpAt == null), "followedUpBy and followedUpAt are set together");
    checkArgument(followedUpAt == null || followUpOn != null, "only a planned follow-up is done");
    checkArgument(version >= 0, "version must be >= 0");
  }

  public static CareRecord record(CareRecordId id, DistrictCode district, MentalHealthFileId file, StudentId student,
      CareKind kind, LocalDate on, String note, String plan, LocalDate followUpOn, UserId by, Instant at) {
    return new CareRecord(id, district, file, student, kind, on, note, plan, followUpOn, by, at, null, null, 0);
  }

  /** The follow-up done by {@code by} at {@code at}. */
  public CareRecord followedUp(UserId by, Instant at) {
    return new CareRecord(id, district, file, student, kind, on, note, plan, followUpOn, recordedBy, recordedAt, by, at,
        version);
  }

  /** The context {@code note} is sealed with (associated data): a sealed note moved to another record fails to open. */
  public static String noteContext(DistrictCode district, CareRecordId id) {
    return "CARE_RECORD:" + district.value() + ":" + id.value() + ":NOTE";
  }

  /** The context {@code plan} is sealed with. */
  public static String planContext(DistrictCode district, CareRecordId id) {
    return "CARE_RECORD:" + district.value() + ":" + id.value() + ":PLAN";
  }

  /** Whether the follow-up is open (planned, not done) and its day has passed on {@code day}. */
  public boolean overdueOn(LocalDate day) {
    return followUpOn != null && followedUpAt == null && day.isAfter(followUpOn);
  }
}
