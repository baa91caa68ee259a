package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/** A mental-health teacher's post: full-time (专职) or part-time (兼职). 中文：心理健康教师岗位类别。依据：五(二)3 */
public enum PostKind {
  FULL_TIME("专职", "full-time"),
  PART_TIME("兼职", "part-time");

  private final Bilingual label;

  PostKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
