/**
 * The audit trail of access to sensitive data (minors' files, home-visit notes, mental-health files): who, in
 * which role and scope, did what to which subject, for which purpose, allowed or denied, when — never the
 * content itself. Append-only and hash-chained per district: each event carries SHA-256(previous hash ‖
 * canonical row text), so that a changed or removed row breaks the chain ({@link AuditChain#verify}).
 *
 * <p>中文：审计留痕（敏感数据访问记录）。依据：五(二)（医教互促，需知即用、全程留痕）；PIPL 敏感个人信息。
 */
package org.jiaolianti.domain.audit;
