package org.jiaolianti.adapters.rest.me;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;

/** {@code GET /api/v1/me}: who the token names, and the roles and scopes active for them today. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public final class MeResource {

  public record Scope(String type, String reference) {}

  public record RoleView(String assignmentId, String role, Scope scope, LocalDate validFrom, LocalDate validTo) {}

  public record Me(String userId, String username, String displayName, String district, String guardianId,
      List<RoleView> roles) {}

  private final AccessControl access;

  public MeResource(AccessControl access) {
    this.access = requireNonNull(access, "access");
  }

  @GET
  @Operation(summary = "The caller: user id, roles and scopes", responses = {
      @ApiResponse(responseCode = "200", description = "the caller"),
      @ApiResponse(responseCode = "401", description = "no or bad token")})
  public Me me(@Context SecurityContext sc) {
    Actor actor = ActorPrincipal.of(sc);
    access.check(actor, Action.READ_SELF, new Target.User(actor.district(), actor.user().id()));
    var user = actor.user();
    return new Me(user.id().value(), user.username(), user.displayName(), user.district().value(),
        user.guardian() == null ? null : user.guardian().value(),
        actor.activeAssignments().stream().map(a -> new RoleView(a.id().value(), a.role().name(),
            new Scope(a.scope().type().name(), a.scope().reference()), a.period().validFrom(), a.period().validTo()))
            .toList());
  }
}
