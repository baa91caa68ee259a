package org.jiaolianti.domain.access;

/**
 * How far one role's permission for one {@link Action} reaches from the scope of its assignment.
 *
 * <p>中文：权限覆盖范围。
 */
public enum Reach {
  /** Not permitted. 无权限. */
  NONE,
  /** The user's own account only. 仅本人. */
  SELF,
  /** What the scope itself names ({@link Grant#own()}). 本范围. */
  SCOPE,
  /** What the scope names and what it is related to today ({@link Grant#related()}). 本范围及关联对象. */
  SCOPE_AND_RELATED,
  /** Everything in the district. 全区. */
  DISTRICT
}
