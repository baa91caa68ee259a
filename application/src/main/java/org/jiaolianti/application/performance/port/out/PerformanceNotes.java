package org.jiaolianti.application.performance.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.performance.PerformanceNote;
import org.jiaolianti.domain.performance.PerformanceNoteId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Performance notes: added, and voided (the only change; the text never changes). Kept for good (no delete).
 * Lists are ordered by writing time, then id.
 */
public interface PerformanceNotes {

  void add(PerformanceNote note);

  Optional<PerformanceNote> byId(DistrictCode district, PerformanceNoteId id);

  List<PerformanceNote> ofStudent(DistrictCode district, StudentId student);

  /**
   * Stores that {@code note} (read at {@code note.version()}) is voided; returns it with the next version.
   * A stale version is a conflict.
   */
  PerformanceNote markVoided(PerformanceNote note);
}
