package org.jiaolianti.application.audit.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.ChainVerification;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The audit trail for the district's auditors (AUDITOR only): list with filters, verify the hash chain, and purge
 * the oldest segment past the retention (at least 6 months, the legal floor; longer by configuration). Listing,
 * verifying and purging are themselves audited.
 *
 * <p>中文：审计留痕查询、校验与清理。依据：五(二)；审计记录至少保存 6 个月。
 */
public interface AuditUseCase {

  /** Matching events, newest first. */
  EventsPage list(Actor actor, AuditFilter filter, int offset, int limit);

  /** Walks the actor's district chain from the last checkpoint; the first broken event, or OK with the count. */
  ChainVerification verify(Actor actor);

  /** The same walk for a batch job or the CLI (recorded as actor {@code system}). */
  ChainVerification verifyAsSystem(DistrictCode district);

  /**
   * Removes the events older than {@code command.olderThan()} (the oldest whole segment; see
   * {@link org.jiaolianti.application.audit.port.out.AuditTrail#purge}); refused (422) if that date is inside the
   * retention. Empty when nothing was old enough.
   */
  Optional<AuditCheckpoint> purge(Actor actor, PurgeCommand command);

  /**
   * The same purge for an operator's CLI run (recorded as actor {@code system}, with the purpose): the retention
   * is checked against today by the application's clock (Asia/Shanghai), refused (a rule violation) inside it.
   */
  Optional<AuditCheckpoint> purgeAsSystem(DistrictCode district, PurgeCommand command);

  /**
   * @param olderThan events before the start of this day (Asia/Shanghai) are purged
   * @param purpose why (recorded in the purge's own audit event)
   */
  record PurgeCommand(@NotNull LocalDate olderThan, @NotBlank @Size(max = 500) String purpose) {}

  record EventsPage(List<AuditEvent> items, long total) {}

  /** The zone purge dates are read in (the district's; Xiang'an is Asia/Shanghai). */
  java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

  /** The instant a purge date stands for. */
  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
