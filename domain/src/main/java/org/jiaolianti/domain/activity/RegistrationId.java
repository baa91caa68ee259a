package org.jiaolianti.domain.activity;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a registration for an activity (活动报名). */
public record RegistrationId(String value) {
  public RegistrationId {
    Ids.check(value, "RegistrationId");
  }

  public static RegistrationId of(String value) {
    return new RegistrationId(value);
  }

  public static RegistrationId newId() {
    return new RegistrationId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
