package org.jiaolianti.domain.people;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a class (班级). */
public record ClassId(String value) {
  public ClassId {
    Ids.check(value, "ClassId");
  }

  public static ClassId of(String value) {
    return new ClassId(value);
  }

  public static ClassId newId() {
    return new ClassId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
