package org.jiaolianti.adapters.rest.health;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 when storage answers, 503 when it does not. No token needed; no detail given. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public final class HealthResource {

  /** {"status": "UP"|"DOWN", "database": "UP"|"DOWN"}. */
  public record Health(String status, String database) {}

  private final BooleanSupplier storageReachable;

  public HealthResource(BooleanSupplier storageReachable) {
    this.storageReachable = requireNonNull(storageReachable, "storageReachable");
  }

  @GET
  @Operation(summary = "Is the server up and its database reachable?", responses = {
      @ApiResponse(responseCode = "200", description = "up"),
      @ApiResponse(responseCode = "503", description = "the database does not answer")})
  public Response health() {
    boolean up;
    try {
      up = storageReachable.getAsBoolean();
    } catch (RuntimeException e) {
      up = false;
    }
    return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", up ? "UP" : "DOWN")).build();
  }
}
