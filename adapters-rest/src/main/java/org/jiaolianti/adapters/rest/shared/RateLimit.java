package org.jiaolianti.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Requests per signed-in caller (API.md 429): a token bucket of {@code burst} requests refilled at
 * {@code perSecond}; a caller over it gets 429 with {@code Retry-After} in seconds. One misbehaving
 * script cannot starve a district's other users. Per server, in memory.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public final class RateLimit implements ContainerRequestFilter {

  public static final int DEFAULT_PER_SECOND = 20;
  public static final int DEFAULT_BURST = 100;

  private final double perNano;
  private final int burst;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  public RateLimit(int perSecond, int burst) {
    this(perSecond, burst, System::nanoTime);
  }

  RateLimit(int perSecond, int burst, LongSupplier nanoTime) {
    if (perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs at least 1 request per second and a burst of 1");
    }
    this.perNano = perSecond / 1e9;
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null) {
      return; // not an authenticated /api request
    }
    long wait = acquire(request.getSecurityContext().getUserPrincipal().getName());
    if (wait > 0) {
      long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
      throw new RateLimited(seconds);
    }
  }

  /** 0 if a request may go now, else the nanoseconds until one may. */
  long acquire(String caller) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(caller, c -> new Bucket(burst, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perNano);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - bucket.tokens) / perNano);
    }
  }

  /** Mapped to 429 with Retry-After by {@link ProblemMapper}. */
  public static final class RateLimited extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    RateLimited(long retryAfterSeconds) {
      super("rate limit", null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }

    static ApiProblem problem() {
      return new ApiProblem(Response.Status.TOO_MANY_REQUESTS.getStatusCode(), "rate-limited",
          Bilingual.of("请求过于频繁", "too many requests"),
          Bilingual.of("请求过于频繁，请按 Retry-After 稍后重试", "too many requests; retry after the Retry-After seconds"),
          java.util.List.of());
    }
  }
}
