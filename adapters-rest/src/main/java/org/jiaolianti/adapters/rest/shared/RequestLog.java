package org.jiaolianti.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status, duration. Never the query string, headers or body:
 * no personal data and no tokens reach the log.
 */
@Provider
@PreMatching
@Priority(1)
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger("org.jiaolianti.requests");
  private static final String START = RequestLog.class.getName() + ".start";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(START, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object start = request.getProperty(START);
    long micros = start instanceof Long s ? (System.nanoTime() - s) / 1000 : -1;
    LOG.info("{} /{} {} {} ms", request.getMethod(), request.getUriInfo().getPath(), response.getStatus(),
        micros < 0 ? "?" : String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0));
  }
}
