package org.jiaolianti.domain.people;

/**
 * Who reads a student's full profile, which decides what they see (and is the audit event's purpose): the
 * guardians' full mobile numbers and the full national student number go only to those who contact the family
 * (the class teacher and the school's leaders); a counsellor and a guardian see them masked (a guardian need not
 * see the other guardian's number, e.g. after a divorce).
 *
 * <p>中文：学生档案的查阅身份（班主任、学校管理人员、心理健康教师、监护人）。依据：五(二)（需知即用）
 */
public enum ProfileReader {
  CLASS_TEACHER(true),
  SCHOOL_ADMIN(true),
  COUNSELLOR(false),
  GUARDIAN(false);

  private final boolean seesContacts;

  ProfileReader(boolean seesContacts) {
    this.seesContacts = seesContacts;
  }

  /** True if this reader sees full mobile numbers and the full national student number. */
  public boolean seesContacts() {
    return seesContacts;
  }
}
