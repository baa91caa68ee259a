package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Bilingual;

/** 意见 or 建议: an opinion on the school, or a suggestion for improvement (三(三)3). 中文：意见/建议。 */
public enum FeedbackKind {
  OPINION("意见", "opinion"),
  SUGGESTION("建议", "suggestion");

  private final Bilingual label;

  FeedbackKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
