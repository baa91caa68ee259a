package org.jiaolianti.domain.guidance;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a resource a school shares. */
public record SharedResourceId(String value) {
  public SharedResourceId {
    Ids.check(value, "SharedResourceId");
  }

  public static SharedResourceId of(String value) {
    return new SharedResourceId(value);
  }

  public static SharedResourceId newId() {
    return new SharedResourceId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
