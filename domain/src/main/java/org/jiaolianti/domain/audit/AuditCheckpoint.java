package org.jiaolianti.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Where a purge ended: the events up to {@code sequence} were removed, and the chain goes on from
 * {@code hash} (the hash of the last removed event). {@link AuditChain#verify} starts here.
 *
 * <p>中文：审计清理检查点。
 *
 * @param purgedCount how many events this purge removed
 */
public record AuditCheckpoint(DistrictCode district, long sequence, String hash, Instant at, long purgedCount) {

  public AuditCheckpoint {
    requireNonNull(district, "district");
    checkArgument(sequence >= 1, "a checkpoint follows at least one event");
    requireNonNull(hash, "hash");
    requireNonNull(at, "at");
    checkArgument(purgedCount >= 1, "a checkpoint removes at least one event");
  }
}
