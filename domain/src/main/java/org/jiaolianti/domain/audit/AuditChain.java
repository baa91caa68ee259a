package org.jiaolianti.domain.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of a district's audit trail.
 *
 * <p><b>Canonical text</b> (version 1, stable: changing it breaks every stored chain): the prefix
 * {@code jiaolianti-audit-v1} and then, for each field in this order, {@code ;} + the field's length in UTF-8
 * bytes + {@code :} + the field's text — sequence (decimal), district code, time (ISO-8601 UTC, {@code
 * DateTimeFormatter.ISO_INSTANT}, microseconds at most), actor username, actor user id, role, scope, subject type,
 * subject id, action, purpose, outcome. Length prefixes make it unambiguous whatever the text contains.
 *
 * <p><b>Hash</b>: lowercase hex of SHA-256 over the UTF-8 bytes of {@code previousHash + canonicalText}. The first
 * event of a district chains from {@link #GENESIS}; after a purge, from the checkpoint's hash.
 *
 * <p>中文：审计哈希链。依据：五(二)（全程留痕）。
 */
public final class AuditChain {

  /** The previous hash of a district's first event: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);
  private static final String VERSION = "jiaolianti-audit-v1";

  private AuditChain() {}

  /** The canonical text of an entry at {@code sequence} (see the class comment). */
  public static String canonical(long sequence, AuditEntry e) {
    StringBuilder b = new StringBuilder(VERSION);
    for (String field : List.of(Long.toString(sequence), e.district().value(),
        DateTimeFormatter.ISO_INSTANT.format(e.at()), e.actorUsername(), e.actorUserId(), e.role(), e.scope(),
        e.subject().type(), e.subject().id(), e.action().name(), e.purpose(), e.outcome().name())) {
      b.append(';').append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
    }
    return b.toString();
  }

  /** SHA-256(previousHash ‖ canonical text), lowercase hex. */
  public static String hash(String previousHash, long sequence, AuditEntry entry) {
    requireNonNull(previousHash, "previousHash");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
      sha.update(canonical(sequence, entry).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A verification in progress: feed it the events in sequence order, in pages. */
  public static Verifier verifier(Optional<AuditCheckpoint> from) {
    return new Verifier(from.map(AuditCheckpoint::sequence).orElse(0L),
        from.map(AuditCheckpoint::hash).orElse(GENESIS));
  }

  /** Walks the chain; stops at the first broken event. */
  public static final class Verifier {
    private long lastSequence;
    private String lastHash;
    private long count;
    private ChainVerification broken;

    private Verifier(long lastSequence, String lastHash) {
      this.lastSequence = lastSequence;
      this.lastHash = lastHash;
    }

    /** Checks the next event; returns false once the chain is broken (further events are ignored). */
    public boolean accept(AuditEvent event) {
      if (broken != null) {
        return false;
      }
      long expected = lastSequence + 1;
      if (event.sequence() != expected) {
        return fail(expected, event.sequence() > expected
            ? "events " + expected + ".." + (event.sequence() - 1) + " are missing"
            : "sequence " + event.sequence() + " is out of order");
      }
      if (!event.previousHash().equals(lastHash)) {
        return fail(event.sequence(), "the previous hash does not match the hash of the event before");
      }
      if (!AuditChain.hash(event.previousHash(), event.sequence(), event.entry()).equals(event.hash())) {
        return fail(event.sequence(), "the row does not match its hash (changed after it was written)");
      }
      lastSequence = event.sequence();
      lastHash = event.hash();
      count++;
      return true;
    }

    /** Ends the walk; {@code headSequence} is the last sequence the trail says it gave (0 if none). */
    public ChainVerification result(long headSequence) {
      if (broken == null && headSequence > lastSequence) {
        fail(lastSequence + 1, "events " + (lastSequence + 1) + ".." + headSequence + " are missing");
      }
      return broken != null ? broken : ChainVerification.ok(count, lastSequence);
    }

    private boolean fail(long sequence, String reason) {
      broken = ChainVerification.broken(count, sequence, reason);
      return false;
    }
  }
}
