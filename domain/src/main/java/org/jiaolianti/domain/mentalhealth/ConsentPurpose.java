package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * What a consent is for. Each purpose is consented to separately (PIPL Art. 29: sensitive personal information
 * needs a separate consent; Art. 28: health data and the data of children under 14 are sensitive): a
 * GENERAL_PROCESSING consent never unlocks the mental-health file or a referral.
 *
 * <p>中文：同意的用途（一般处理、心理健康档案、转介医疗机构），分别单独同意。依据：五(二)1、五(二)2
 */
public enum ConsentPurpose {
  GENERAL_PROCESSING("一般个人信息处理", "general processing"),
  MENTAL_HEALTH_FILE("建立和使用心理健康档案", "mental-health file"),
  MEDICAL_REFERRAL("转介至医疗机构", "referral to a medical institution");

  private final Bilingual label;

  ConsentPurpose(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
