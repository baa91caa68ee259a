package org.jiaolianti.domain.instructor;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The three tiers of the instructor team (五(一)4: 组建区、学校、社区三级家庭教育指导师团队) and what an instructor of
 * each belongs to: the district itself, one school, or one partner (a community or other partner unit).
 *
 * <p>中文：指导师层级。依据：五(一)4
 */
public enum InstructorTier {
  DISTRICT("区级", "district"),
  SCHOOL("校级", "school"),
  COMMUNITY("社区级", "community");

  private final Bilingual label;

  InstructorTier(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
