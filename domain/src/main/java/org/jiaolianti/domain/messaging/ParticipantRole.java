package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Bilingual;

/** In which capacity a user takes part in a conversation about a student. 中文：沟通参与身份。 */
public enum ParticipantRole {
  /** A guardian linked to the student. 中文：家长。 */
  GUARDIAN("家长", "guardian"),
  /** A teacher of the student's class. 中文：任课教师/班主任。 */
  TEACHER("教师", "teacher"),
  /** A leader or office member of the student's school. 中文：学校管理人员。 */
  SCHOOL_ADMIN("学校管理人员", "school leader");

  private final Bilingual label;

  ParticipantRole(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
