package org.jiaolianti.domain.homeschool;

/**
 * Whom a notice goes to.
 *
 * <p>中文：通知对象类型。
 */
public enum AudienceKind {
  /** The guardians of every student of one school. 中文：全校。 */
  SCHOOL,
  /** The guardians of every student of one grade of one school. 中文：年级。 */
  GRADE,
  /** The guardians of every student of one class. 中文：班级。 */
  CLASS,
  /** A hand-picked set of guardians, each with a child in the school. 中文：指定家长。 */
  GUARDIANS,
  /** Every guardian of the district (the bureau's urgent notices, such as a typhoon closure). 中文：全区。 */
  DISTRICT
}
