package org.jiaolianti.adapters.rest.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.jiaolianti.application.access.Actor;

/** The signed-in caller of a request, as the authentication filter found it. */
public record ActorPrincipal(Actor actor) implements Principal {

  @Override
  public String getName() {
    return actor.user().username();
  }

  /**
   * The caller of the request, once {@code access} has allowed them {@code action} on their own district
   * as a whole (the one decision is the application's; this only names the district target).
   */
  public static Actor permittedInDistrict(SecurityContext context, org.jiaolianti.application.access.AccessControl access,
      org.jiaolianti.domain.access.Action action) {
    Actor actor = of(context);
    access.check(actor, action, new org.jiaolianti.domain.access.Target.District(actor.district()));
    return actor;
  }

  /** The caller of the request; the filter guarantees one on every {@code /api/**} request. */
  public static Actor of(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof ActorPrincipal principal) {
      return principal.actor();
    }
    throw new IllegalStateException("no authenticated caller: is BearerAuthentication registered?");
  }
}
