package org.jiaolianti.domain.mentor;

import org.jiaolianti.domain.shared.Bilingual;

/** What a mentor is assigned to (五(一)3). 中文：导师任务类别。 */
public enum AssignmentKind {
  AFTER_SCHOOL_SERVICE("课后延时服务", "after-school service"),
  CLUB("社团活动指导", "club"),
  CAREER_SESSION("职业启蒙教育", "career-enlightenment session");

  private final Bilingual label;

  AssignmentKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
