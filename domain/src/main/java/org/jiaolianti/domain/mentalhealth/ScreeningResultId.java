package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a screening result. */
public record ScreeningResultId(String value) {
  public ScreeningResultId {
    Ids.check(value, "ScreeningResultId");
  }

  public static ScreeningResultId of(String value) {
    return new ScreeningResultId(value);
  }

  public static ScreeningResultId newId() {
    return new ScreeningResultId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
