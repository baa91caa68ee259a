package org.jiaolianti.domain.audit;

/** Whether the access was allowed or denied. 中文：访问结果（允许/拒绝）。 */
public enum AuditOutcome {
  ALLOWED,
  DENIED
}
