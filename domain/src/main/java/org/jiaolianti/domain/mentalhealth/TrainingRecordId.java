package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a counsellor training record. */
public record TrainingRecordId(String value) {
  public TrainingRecordId {
    Ids.check(value, "TrainingRecordId");
  }

  public static TrainingRecordId of(String value) {
    return new TrainingRecordId(value);
  }

  public static TrainingRecordId newId() {
    return new TrainingRecordId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
