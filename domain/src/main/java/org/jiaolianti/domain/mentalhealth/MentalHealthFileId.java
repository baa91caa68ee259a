package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a mental-health file (一生一档). */
public record MentalHealthFileId(String value) {
  public MentalHealthFileId {
    Ids.check(value, "MentalHealthFileId");
  }

  public static MentalHealthFileId of(String value) {
    return new MentalHealthFileId(value);
  }

  public static MentalHealthFileId newId() {
    return new MentalHealthFileId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
