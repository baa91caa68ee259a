package org.jiaolianti.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * An event of the trail: the entry with its place in the district's chain. {@code hash} is
 * {@link AuditChain#hash(String, long, AuditEntry) SHA-256(previousHash ‖ canonical text)}; storage keeps both
 * hashes so that {@link AuditChain#verify} can tell a changed row from a removed one.
 *
 * <p>中文：审计事件（哈希链中的一行）。
 *
 * @param sequence 1, 2, 3, … per district, without gaps
 */
public record AuditEvent(long sequence, AuditEntry entry, String previousHash, String hash) {

  public AuditEvent {
    checkArgument(sequence >= 1, "sequence starts at 1");
    requireNonNull(entry, "entry");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
  }

  /** The event that follows {@code previousHash} at {@code sequence}, its hash computed. */
  public static AuditEvent chained(long sequence, String previousHash, AuditEntry entry) {
    return new AuditEvent(sequence, entry, previousHash, AuditChain.hash(previousHash, sequence, entry));
  }
}
