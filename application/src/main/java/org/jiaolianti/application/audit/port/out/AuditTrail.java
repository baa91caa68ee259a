package org.jiaolianti.application.audit.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The audit trail: append-only, one hash chain per district. There is no update and no delete: the only removal
 * is {@link #purge}, of the oldest whole segment, which leaves a checkpoint the chain goes on from.
 *
 * <p>中文：审计留痕存储（只增不改）。
 */
public interface AuditTrail {

  /**
   * Gives the entry the district's next sequence (1, 2, … without gaps) and chains it to the previous event (or
   * the last checkpoint, or {@link org.jiaolianti.domain.audit.AuditChain#GENESIS}), inside the caller's
   * transaction. Concurrent appends in one district are serialized, so they form one chain.
   */
  AuditEvent append(AuditEntry entry);

  /** Matching events, newest first (highest sequence first). */
  List<AuditEvent> find(DistrictCode district, AuditFilter filter, int offset, int limit);

  long count(DistrictCode district, AuditFilter filter);

  /** Up to {@code limit} events after {@code afterSequence}, in sequence order: page through to verify. */
  List<AuditEvent> walk(DistrictCode district, long afterSequence, int limit);

  /** The last sequence given in the district (0 if none): a removed newest event shows as missing. */
  long headSequence(DistrictCode district);

  /** The newest purge checkpoint of the district, where verification starts. */
  Optional<AuditCheckpoint> checkpoint(DistrictCode district);

  /**
   * Removes the oldest whole segment of the district's chain: the events from the start up to (not including)
   * the first event at or after {@code before}, so that no younger event and nothing after one is touched; records
   * the checkpoint (the last removed event's sequence and hash). Empty when nothing is old enough.
   */
  Optional<AuditCheckpoint> purge(DistrictCode district, Instant before, Instant now);
}
