package org.jiaolianti.domain.people;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a student. */
public record StudentId(String value) {
  public StudentId {
    Ids.check(value, "StudentId");
  }

  public static StudentId of(String value) {
    return new StudentId(value);
  }

  public static StudentId newId() {
    return new StudentId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
