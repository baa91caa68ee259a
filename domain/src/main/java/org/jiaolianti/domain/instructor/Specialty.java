package org.jiaolianti.domain.instructor;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The fields the instructor team covers, as 五(一)4 lists them (培育囊括科学育儿、法律服务、心理健康、医疗卫生、特殊教育、
 * 家风建设等各个方面的家庭教育专家、骨干教师). The list is the policy text's (held in the seed as the measure HS4);
 * its ending "等" leaves room for more, which a later policy version would add here.
 *
 * <p>中文：指导师专长领域。依据：五(一)4
 */
public enum Specialty {
  SCIENTIFIC_PARENTING("科学育儿", "scientific parenting"),
  LEGAL_SERVICES("法律服务", "legal services"),
  MENTAL_HEALTH("心理健康", "mental health"),
  MEDICAL_HEALTH("医疗卫生", "medical and health care"),
  SPECIAL_EDUCATION("特殊教育", "special education"),
  FAMILY_VALUES("家风建设", "family values");

  private final Bilingual label;

  Specialty(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
