package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a care record (observation or intervention). */
public record CareRecordId(String value) {
  public CareRecordId {
    Ids.check(value, "CareRecordId");
  }

  public static CareRecordId of(String value) {
    return new CareRecordId(value);
  }

  public static CareRecordId newId() {
    return new CareRecordId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
