package org.jiaolianti.domain.performance;

import org.jiaolianti.domain.shared.Bilingual;

/** What a performance note is about. 中文：表现记录类别。 */
public enum NoteCategory {
  STUDY("学习", "study"),
  CONDUCT("品行", "conduct"),
  HEALTH("身心健康", "health"),
  ACTIVITY("活动", "activity");

  private final Bilingual label;

  NoteCategory(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
