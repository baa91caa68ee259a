package org.jiaolianti.domain.policy;

/**
 * The kinds of subject (主体) with duties in collaborative education; every plan shares them.
 *
 * <p>中文：协同育人主体类型。依据：二、三
 */
public enum SubjectKind {
  /** 政府, 三(一). */
  GOVERNMENT,
  /** 相关部门, 三(二). */
  DEPARTMENT,
  /** 学校, 三(三). */
  SCHOOL,
  /** 家庭, 三(四). */
  FAMILY,
  /** 镇(街)社区, 三(五). */
  TOWN_COMMUNITY,
  /** 社会资源单位, 三(六). */
  SOCIAL_RESOURCE_UNIT
}
