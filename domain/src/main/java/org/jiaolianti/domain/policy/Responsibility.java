package org.jiaolianti.domain.policy;

/**
 * A unit's part in a measure: the lead (listed first), co-responsible (listed after), or none.
 *
 * <p>中文：牵头 / 配合。依据：五 各举措“责任部门”
 */
public enum Responsibility {
  LEAD,
  CO_RESPONSIBLE,
  NONE
}
