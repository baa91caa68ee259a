package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/** What opened a file (五(二)2 "根据学生心理普测、日常观察、家访等情况"), or a referral that came first. 中文：建档来源。 */
public enum FileTrigger {
  SCREENING("心理普测", "screening"),
  OBSERVATION("日常观察", "daily observation"),
  HOME_VISIT("家访", "home visit"),
  REFERRAL("危机转介", "crisis referral");

  private final Bilingual label;

  FileTrigger(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
