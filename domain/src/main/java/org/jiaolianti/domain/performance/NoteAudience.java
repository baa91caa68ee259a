package org.jiaolianti.domain.performance;

/**
 * In which capacity a user sees a student's performance notes. 中文：查阅身份。
 */
public enum NoteAudience {
  /** A linked guardian of the student: the audience, sees every note in full. */
  GUARDIAN,
  /** A leader (SCHOOL_ADMIN) of the student's school: sees every note in full. */
  SCHOOL_LEADER,
  /** A teacher of the student's class: writes notes; sees restricted notes of others as existence only. */
  CLASS_TEACHER,
  /** Other staff of the school (another teacher, a counsellor): restricted notes show existence only. */
  SCHOOL_STAFF;

  /** Whether this audience writes notes on the student. */
  public boolean writes() {
    return this == SCHOOL_LEADER || this == CLASS_TEACHER;
  }
}
