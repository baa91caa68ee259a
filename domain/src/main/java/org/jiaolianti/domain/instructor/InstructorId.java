package org.jiaolianti.domain.instructor;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a family-education instructor. */
public record InstructorId(String value) {
  public InstructorId {
    Ids.check(value, "InstructorId");
  }

  public static InstructorId of(String value) {
    return new InstructorId(value);
  }

  public static InstructorId newId() {
    return new InstructorId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
