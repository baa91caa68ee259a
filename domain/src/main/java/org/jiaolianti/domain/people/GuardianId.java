package org.jiaolianti.domain.people;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a guardian. */
public record GuardianId(String value) {
  public GuardianId {
    Ids.check(value, "GuardianId");
  }

  public static GuardianId of(String value) {
    return new GuardianId(value);
  }

  public static GuardianId newId() {
    return new GuardianId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
