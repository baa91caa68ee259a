package org.jiaolianti.domain.performance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/**
 * One read of a performance note's text: who read which note, when. Written in the same transaction as the
 * read; never changed.
 *
 * <p>中文：表现记录查阅留痕。
 */
public record NoteRead(String id, DistrictCode district, PerformanceNoteId note, StudentId student, UserId reader,
    Instant readAt) {
  public NoteRead {
    Ids.check(id, "NoteRead");
    requireNonNull(district, "district");
    requireNonNull(note, "note");
    requireNonNull(student, "student");
    requireNonNull(reader, "reader");
    requireNonNull(readAt, "readAt");
  }
}
