package org.jiaolianti.domain.people;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a user account. */
public record UserId(String value) {
  public UserId {
    Ids.check(value, "UserId");
  }

  public static UserId of(String value) {
    return new UserId(value);
  }

  public static UserId newId() {
    return new UserId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
