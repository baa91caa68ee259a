package org.jiaolianti.domain.milestone;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a typical case. */
public record TypicalCaseId(String value) {
  public TypicalCaseId {
    Ids.check(value, "TypicalCaseId");
  }

  public static TypicalCaseId of(String value) {
    return new TypicalCaseId(value);
  }

  public static TypicalCaseId newId() {
    return new TypicalCaseId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
