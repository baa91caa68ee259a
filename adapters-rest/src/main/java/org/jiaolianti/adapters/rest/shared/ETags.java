package org.jiaolianti.adapters.rest.shared;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jiaolianti.application.shared.ConflictException;

/**
 * A record's version as its ETag ({@code "3"}), and the If-Match check of a change (API.md): no
 * If-Match is a 428, another version a 412.
 */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version the caller read, from If-Match; throws 428 or 412. */
  public static long requireMatch(HttpHeaders headers, long current) {
    OptionalLong named = ifMatch(headers);
    if (named.isPresent() && named.getAsLong() != current) {
      throw ApiProblem.preconditionFailed();
    }
    return current;
  }

  /**
   * The version If-Match names, for a use case that compares it with the stored one inside its transaction: empty
   * for {@code *} (whatever is stored); no If-Match is a 428, a tag that is no version a 412.
   */
  public static OptionalLong ifMatch(HttpHeaders headers) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.preconditionRequired();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (tag.equals("*")) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      throw ApiProblem.preconditionFailed();
    }
  }

  /**
   * Runs a change the use case checks against the stored version: a stale version (or a concurrent change) answers
   * 412, as If-Match promises (API.md), rather than the 409 of other conflicts.
   */
  public static <T> T staleAs412(Supplier<T> change) {
    try {
      return change.get();
    } catch (ConflictException e) {
      if (e.kind() == ConflictException.Kind.STALE_VERSION) {
        throw ApiProblem.preconditionFailed();
      }
      throw e;
    }
  }
}
