package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a health vice-principal appointment. */
public record HealthVicePrincipalId(String value) {
  public HealthVicePrincipalId {
    Ids.check(value, "HealthVicePrincipalId");
  }

  public static HealthVicePrincipalId of(String value) {
    return new HealthVicePrincipalId(value);
  }

  public static HealthVicePrincipalId newId() {
    return new HealthVicePrincipalId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
