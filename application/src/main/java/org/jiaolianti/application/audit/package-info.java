/**
 * The audit trail's use cases ({@link org.jiaolianti.application.audit.port.in.AuditUseCase}: list, verify, purge)
 * and {@link org.jiaolianti.application.audit.Audit}, which every use case that touches sensitive data calls to
 * record allowed and denied accesses.
 *
 * <p>中文：审计留痕。
 */
package org.jiaolianti.application.audit;
