package org.jiaolianti.adapters.rest.security;

import static java.util.Objects.requireNonNull;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.function.Supplier;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.AccessControl;

/**
 * Every {@code /api/**} request needs {@code Authorization: Bearer <JWT>}: a valid token names the
 * user, whose roles and scopes are then read from storage for this request (so a revoked role stops
 * working on the next one). Anything else is a 401. The token is never logged.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

  private final Tokens tokens;
  private final AccessControl access;
  private final Supplier<java.time.Instant> clock;

  public BearerAuthentication(Tokens tokens, AccessControl access, Supplier<java.time.Instant> clock) {
    this.tokens = requireNonNull(tokens, "tokens");
    this.access = requireNonNull(access, "access");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    CallerName.clear();
    String path = request.getUriInfo().getPath();
    if (!(path.equals("api") || path.startsWith("api/") || path.startsWith("/api"))) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      throw ApiProblem.unauthenticated("缺少 Bearer 令牌（Authorization: Bearer …）",
          "a bearer token is required (Authorization: Bearer …)");
    }
    String username = tokens.verify(header.substring(7).trim(), clock.get())
        .orElseThrow(() -> ApiProblem.unauthenticated("令牌无效或已过期", "the token is invalid or has expired"));
    Actor actor = access.actor(username);
    CallerName.set(username);
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(new SecurityContext() {
      private final ActorPrincipal principal = new ActorPrincipal(actor);

      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return actor.roles().stream().anyMatch(r -> r.name().equals(role));
      }

      @Override
      public boolean isSecure() {
        return secure;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    });
  }

  /** The caller's name stays on this thread only for its own request. */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CallerName.clear();
  }
}
