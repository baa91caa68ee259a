package org.jiaolianti.domain.people;

/** How a guardian is related to a student. 与学生关系. */
public enum GuardianRelation {
  FATHER,
  MOTHER,
  GRANDPARENT,
  OTHER_RELATIVE,
  OTHER_GUARDIAN
}
