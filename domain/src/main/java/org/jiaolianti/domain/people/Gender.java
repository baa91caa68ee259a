package org.jiaolianti.domain.people;

/** Gender as recorded by the school registry (学籍). */
public enum Gender {
  MALE,
  FEMALE
}
