package org.jiaolianti.domain.audit;

/** What was done (or attempted) to an audited subject. 中文：审计操作类别。 */
public enum AuditAction {
  /** Read the subject's sensitive content. 中文：查阅。 */
  READ,
  /** Listed subjects (without their sensitive content). 中文：列表查询。 */
  LIST,
  /** Created the subject. 中文：新建。 */
  CREATE,
  /** Changed the subject. 中文：修改。 */
  UPDATE,
  /** Voided the subject (kept, with who/when/why). 中文：作废。 */
  VOID,
  /** Exported the subject. 中文：导出。 */
  EXPORT,
  /** Verified the audit chain. 中文：校验审计链。 */
  VERIFY,
  /** Purged the oldest segment of the audit trail past its retention. 中文：清理过期审计记录。 */
  PURGE,
  /** Started a break-glass (emergency) access. 中文：紧急访问开始。 */
  BREAK_GLASS_START,
  /** Ended a break-glass access. 中文：紧急访问结束。 */
  BREAK_GLASS_STOP
}
