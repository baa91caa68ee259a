package org.jiaolianti.domain.policy;

/**
 * The kinds of social resource unit (社会资源单位).
 *
 * <p>中文：社会资源单位类型。依据：三(六)1–6
 */
public enum SocialResourceKind {
  /** 爱国主义教育基地, 三(六)1. */
  PATRIOTIC_EDUCATION_BASE,
  /** 体育场馆, 三(六)2. */
  SPORTS_VENUE,
  /** 文化场馆、博物馆、科技馆…等校外活动场所, 三(六)3. */
  CULTURAL_VENUE,
  /** 医疗卫生机构, 三(六)4. */
  MEDICAL_INSTITUTION,
  /** 周边高校, 三(六)5. */
  UNIVERSITY,
  /** 周边企业及相关社会资源单位, 三(六)6. */
  ENTERPRISE
}
