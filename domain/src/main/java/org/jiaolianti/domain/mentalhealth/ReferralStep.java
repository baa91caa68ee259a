package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * A timed step of the green channel (五(二)1 "及时转介、诊断、治疗", 三(六)4): acceptance (from opening to
 * ACCEPTED), outcome (from acceptance to OUTCOME_RECORDED) and return to school (from the outcome to
 * RETURNED_TO_SCHOOL). The limits are local seed settings; the text gives none.
 *
 * <p>中文：转介时限环节（接收、诊疗结果、返校）。依据：五(二)1（时限为本地设置，非原文）
 */
public enum ReferralStep {
  ACCEPTANCE("接收", "acceptance"),
  OUTCOME("诊疗结果", "outcome"),
  RETURN("返校", "return to school");

  private final Bilingual label;

  ReferralStep(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
