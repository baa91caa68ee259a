package org.jiaolianti.domain.access;

/**
 * The kinds of scope a role assignment can have; one list, used everywhere.
 *
 * <p>中文：数据范围类型。
 */
public enum ScopeType {
  /** The whole district. 区. */
  DISTRICT(false),
  /** One experimental zone. 实验区. */
  ZONE(true),
  /** One school. 学校. */
  SCHOOL(true),
  /** One class taught (one assignment per class). 任教班级. */
  CLASSES(true),
  /** A counsellor's caseload within a school (the school id). 个案. */
  CASELOAD(true),
  /** A guardian's own children, derived from the guardian record the user is linked to. 监护对象. */
  GUARDIAN_OF(false),
  /** One signing unit (its unit code). 单位. */
  UNIT(true),
  /** One partner (its id). 合作单位. */
  PARTNER(true),
  /** A medical partner's referrals (its partner id). 医疗机构. */
  INSTITUTION(true),
  /** Aggregates only, no record-level data. 仅统计数据. */
  AGGREGATE_ONLY(false);

  private final boolean needsReference;

  ScopeType(boolean needsReference) {
    this.needsReference = needsReference;
  }

  /** True if a scope of this type names the zone, school, class, unit or partner it covers. */
  public boolean needsReference() {
    return needsReference;
  }
}
