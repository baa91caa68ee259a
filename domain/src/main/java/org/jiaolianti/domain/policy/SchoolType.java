package org.jiaolianti.domain.policy;

/**
 * Types of school (各级各类学校). Which types count toward the establishment share is a local
 * setting of the seed ({@link LocalSettings#countedSchoolTypes()}).
 *
 * <p>中文：学校类型。
 */
public enum SchoolType {
  /** 幼儿园. */
  KINDERGARTEN,
  /** 小学. */
  PRIMARY,
  /** 初级中学. */
  JUNIOR_SECONDARY,
  /** 高级中学. */
  SENIOR_SECONDARY,
  /** 完全中学. */
  COMPLETE_SECONDARY,
  /** 九年一贯制学校. */
  NINE_YEAR,
  /** 十二年一贯制学校. */
  TWELVE_YEAR,
  /** 中等职业学校. */
  SECONDARY_VOCATIONAL,
  /** 特殊教育学校. */
  SPECIAL_EDUCATION
}
