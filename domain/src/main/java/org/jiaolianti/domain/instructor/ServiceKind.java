package org.jiaolianti.domain.instructor;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The kinds of service an instructor delivers (五(一)4: 开展家庭教育研究、巡讲培训、个案指导、示范推广等家教综合服务).
 *
 * <p>中文：指导服务类别。依据：五(一)4
 */
public enum ServiceKind {
  RESEARCH("家庭教育研究", "research"),
  LECTURE_TOUR("巡讲培训", "lecture tour"),
  INDIVIDUAL_GUIDANCE("个案指导", "individual guidance"),
  DEMONSTRATION("示范推广", "demonstration");

  private final Bilingual label;

  ServiceKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
