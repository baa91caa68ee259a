package org.jiaolianti.application;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.domain.audit.AuditRetention;

/**
 * The data-protection settings of a deployment: how long audit events are kept (at least 6 months) and the key
 * ring that encrypts sensitive free text at rest. The example server reads them from its configuration
 * ({@code JIAOLIANTI_AUDIT_RETENTION_MONTHS}, {@code JIAOLIANTI_FIELD_KEY}, {@code JIAOLIANTI_FIELD_KEY_ID}).
 *
 * <p>中文：数据保护设置（审计保存期限、字段加密密钥）。
 */
public record Safeguards(AuditRetention auditRetention, FieldCipher fieldCipher) {

  public Safeguards {
    requireNonNull(auditRetention, "auditRetention");
    requireNonNull(fieldCipher, "fieldCipher");
  }

  /**
   * The 6-month floor and a random key of this process only: for tests and in-memory demos. Text encrypted with it
   * cannot be read after a restart, so a deployment with lasting storage passes its own key.
   */
  public static Safeguards ephemeral() {
    return new Safeguards(AuditRetention.FLOOR, new FieldCipher(FieldCipher.Key.generate("ephemeral")));
  }
}
