package org.jiaolianti.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit (default 1 MiB, API.md) with a 413: by Content-Length when
 * given, and by counting when the body is chunked. A resource that takes files (a school's roster) raises
 * the limit for its own methods by implementing {@link Raised}; every other resource keeps the default.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimit implements ContainerRequestFilter {

  public static final long DEFAULT_LIMIT = 1024 * 1024;

  private final long limit;

  public BodyLimit(long limit) {
    this.limit = limit;
  }

  /** A resource whose methods accept bodies up to {@link #bodyLimit()} (never less than the default). */
  public interface Raised {
    long bodyLimit();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = this.limit;
    // post-matching: the resource that will take the body is known
    for (Object resource : request.getUriInfo().getMatchedResources()) {
      if (resource instanceof Raised raised) {
        limit = Math.max(limit, raised.bodyLimit());
      }
    }
    if (request.getLength() > limit) {
      throw ApiProblem.tooLarge(limit);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Counting(request.getEntityStream(), limit));
    }
  }

  private static final class Counting extends FilterInputStream {
    private final long limit;
    private long read;

    Counting(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw ApiProblem.tooLarge(limit);
      }
    }
  }
}
