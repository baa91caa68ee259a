package org.jiaolianti.domain.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A note on a student's performance at school, written by a teacher of the student's class or a school
 * leader. Never edited: a correction is a new note; a note may be voided with a reason, and the voided note
 * and its reason are kept.
 *
 * <p>中文：在校表现记录（不可修改，更正须另写一条；可作废并保留作废原因）。依据：五(一)2
 *
 * @param restricted whether only those with need (the student's guardians, the author, the school's leaders)
 *     see its text; other staff see only that it exists
 * @param voidedAt when it was voided, or null; then {@code voidedBy} and {@code voidReason} are set too
 */
public record PerformanceNote(
    PerformanceNoteId id,
    DistrictCode district,
    SchoolId school,
    StudentId student,
    UserId author,
    String authorName,
    LocalDate writtenOn,
    Instant writtenAt,
    NoteCategory category,
    String text,
    boolean restricted,
    Instant voidedAt,
    UserId voidedBy,
    String voidReason,
    long version) {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_REASON = 500;

  public PerformanceNote {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(student, "student");
    requireNonNull(author, "author");
    checkArgument(authorName != null && !authorName.isBlank() && authorName.length() <= 100,
        "author name must be 1-100 characters");
    requireNonNull(writtenOn, "writtenOn");
    requireNonNull(writtenAt, "writtenAt");
    requireNonNull(category, "category");
    checkArgument(text != null && !text.isBlank() && text.length() <= MAX_TEXT,
        "note text must be 1-%s characters", MAX_TEXT);
    boolean voided = voidedAt != null;
    checkArgument(voided == (voidedBy != null) && voided == (voidReason != null),
        "voidedAt, voidedBy and voidReason are set together");
    checkArgument(voidReason == null || (!voidReason.isBlank() && voidReason.length() <= MAX_REASON),
        "void reason must be 1-%s characters", MAX_REASON);
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new note, not voided. */
  public static PerformanceNote write(PerformanceNoteId id, DistrictCode district, SchoolId school, StudentId student,
      UserId author, String authorName, LocalDate writtenOn, Instant writtenAt, NoteCategory category, String text,
      boolean restricted) {
    return new PerformanceNote(id, district, school, student, author, authorName, writtenOn, writtenAt, category, text,
        restricted, null, null, null, 0);
  }

  public boolean voided() {
    return voidedAt != null;
  }

  /** This note voided by {@code by} for {@code reason}; its text stays as it was. */
  public PerformanceNote voidedBy(UserId by, String reason, Instant at) {
    checkState(!voided(), "the note is already voided");
    return new PerformanceNote(id, district, school, student, author, authorName, writtenOn, writtenAt, category, text,
        restricted, requireNonNull(at, "at"), requireNonNull(by, "by"), reason, version);
  }
}
