package org.jiaolianti.domain.organization;

/**
 * Who a school docks with: a department (one of the signing units), a town/street itself, a
 * community inside a town/street, or a social resource unit.
 *
 * <p>中文：对接单位类型。依据：四(二)
 */
public enum PartnerKind {
  /** 相关部门（发文单位）. */
  DEPARTMENT,
  /** 镇/街道. */
  TOWN_STREET,
  /** 社区（属某镇/街道）. */
  COMMUNITY,
  /** 社会资源单位. */
  SOCIAL_RESOURCE_UNIT
}
