package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The four kinds of member of a school co-education committee; all plans share them.
 *
 * <p>中文：校级家校共育委员会成员类别。依据：五(一)1
 */
public enum CommitteeMemberKind {
  SCHOOL_LEADER("校领导", "school leader"),
  TEACHER_REP("教师代表", "teacher representative"),
  PARENT_REP("家长代表", "parent representative"),
  COMMUNITY_REP("社区代表", "community representative");

  private final Bilingual label;

  CommitteeMemberKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
