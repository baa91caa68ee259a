package org.jiaolianti.domain.activity;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of an activity (活动). */
public record ActivityId(String value) {
  public ActivityId {
    Ids.check(value, "ActivityId");
  }

  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  public static ActivityId newId() {
    return new ActivityId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
