package org.jiaolianti.domain.performance;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a performance note. */
public record PerformanceNoteId(String value) {
  public PerformanceNoteId {
    Ids.check(value, "PerformanceNoteId");
  }

  public static PerformanceNoteId of(String value) {
    return new PerformanceNoteId(value);
  }

  public static PerformanceNoteId newId() {
    return new PerformanceNoteId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
