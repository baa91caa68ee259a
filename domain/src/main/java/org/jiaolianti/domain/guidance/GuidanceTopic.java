package org.jiaolianti.domain.guidance;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * What a guidance item is about: the six specialties of the family-education instructors (五(一)4: 科学育儿, 法律服务,
 * 心理健康, 医疗卫生, 特殊教育, 家风建设), so that an item and an instructor can be matched by the same words.
 *
 * <p>中文：指导主题（与家庭教育指导师专长一致）。依据：五(一)4
 */
public enum GuidanceTopic {
  SCIENTIFIC_PARENTING("科学育儿", "scientific parenting"),
  LEGAL_SERVICES("法律服务", "legal services"),
  MENTAL_HEALTH("心理健康", "mental health"),
  MEDICAL_HEALTH("医疗卫生", "medical and health care"),
  SPECIAL_EDUCATION("特殊教育", "special education"),
  FAMILY_TRADITION("家风建设", "family traditions");

  private final Bilingual label;

  GuidanceTopic(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
