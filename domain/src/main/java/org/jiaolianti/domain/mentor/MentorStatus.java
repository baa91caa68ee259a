package org.jiaolianti.domain.mentor;

/** Where a mentor application stands: APPLIED, then APPROVED (later perhaps REVOKED) or REJECTED. 中文：导师状态。 */
public enum MentorStatus {
  APPLIED,
  APPROVED,
  REJECTED,
  REVOKED
}
