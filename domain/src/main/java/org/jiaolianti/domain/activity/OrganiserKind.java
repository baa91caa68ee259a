package org.jiaolianti.domain.activity;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * Who organises an activity: a school, an experimental zone, a partner (对接单位) or the district itself.
 *
 * <p>中文：活动主办方类型。
 */
public enum OrganiserKind {
  SCHOOL("学校", "school"),
  ZONE("实验区", "experimental zone"),
  PARTNER("合作单位", "partner"),
  DISTRICT("区", "district");

  private final Bilingual label;

  OrganiserKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
