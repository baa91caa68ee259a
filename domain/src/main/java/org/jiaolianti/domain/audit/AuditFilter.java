package org.jiaolianti.domain.audit;

import java.time.Instant;

/**
 * Equality filters on the audit trail; {@code null} means any. {@code from} inclusive, {@code to} exclusive.
 * 中文：审计记录筛选条件。
 */
public record AuditFilter(String subjectType, String subjectId, String actorUsername, Instant from, Instant to) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

  public boolean matches(AuditEvent event) {
    var e = event.entry();
    return (subjectType == null || subjectType.equals(e.subject().type()))
        && (subjectId == null || subjectId.equals(e.subject().id()))
        && (actorUsername == null || actorUsername.equals(e.actorUsername()))
        && (from == null || !e.at().isBefore(from))
        && (to == null || e.at().isBefore(to));
  }
}
