package org.jiaolianti.adapters.rest.shared;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

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
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.preconditionRequired();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (!tag.equals("*") && !tag.equals(Long.toString(current))) {
      throw ApiProblem.preconditionFailed();
    }
    return current;
  }
}
