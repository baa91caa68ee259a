package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a school. */
public record SchoolId(String value) {
  public SchoolId {
    Ids.check(value, "SchoolId");
  }

  public static SchoolId of(String value) {
    return new SchoolId(value);
  }

  public static SchoolId newId() {
    return new SchoolId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
