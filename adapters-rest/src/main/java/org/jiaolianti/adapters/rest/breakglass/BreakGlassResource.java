package org.jiaolianti.adapters.rest.breakglass;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase.StartCommand;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses.Stored;
import org.jiaolianti.domain.mentalhealth.BreakGlass;

/**
 * Break-glass access (紧急调阅, 五(二)2): the district mental-health officer opens one named student for a reason
 * with automatic expiry and may stop it early; the officer reads their own, the school's mental-health lead their
 * school's (the lead is recorded on the access and alerted in the app: {@code /api/v1/me/alerts}), the auditor
 * all. Start and stop are audited without the reason text. Nothing is deleted.
 */
@Path("/api/v1/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "break-glass", description = "紧急调阅 — break-glass access")
public final class BreakGlassResource {

  private static final String CLAUSE = "五(二)2";
  private final BreakGlassUseCase breakGlass;

  public BreakGlassResource(BreakGlassUseCase breakGlass) {
    this.breakGlass = requireNonNull(breakGlass, "breakGlass");
  }

  /** The body of {@code POST /break-glass}. */
  public record StartRequest(@NotBlank String studentId,
      @NotBlank @Size(min = BreakGlass.MIN_REASON, max = BreakGlass.MAX_REASON) String reason) {}

  /** A break-glass access; it is active until {@code endsAt} (the stop if earlier than the expiry). */
  public record BreakGlassView(String id, String userId, String studentId, String schoolId, String schoolLeadId,
      String reason, Instant startedAt, Instant expiresAt, Instant stoppedAt, Instant endsAt, long version,
      String clause) {
    static BreakGlassView of(Stored s) {
      BreakGlass b = s.access();
      return new BreakGlassView(b.id().value(), b.user().value(), b.student().value(), s.school().value(),
          s.schoolLead() == null ? null : s.schoolLead().value(), b.reason(), b.startedAt(), b.expiresAt(),
          b.stoppedAt(), b.endsAt(), b.version(), CLAUSE);
    }
  }

  @GET
  @Operation(summary = "The break-glass accesses the caller sees, newest first; filter schoolId", responses = {
      @ApiResponse(responseCode = "200", description = "a page of accesses"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads break-glass accesses"),
      @ApiResponse(responseCode = "404", description = "no such school the caller may see")})
  public Page<BreakGlassView> list(@Context SecurityContext sc, @QueryParam("schoolId") String schoolId,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(breakGlass.list(ActorPrincipal.of(sc), QueryParams.text(schoolId)), paging, BreakGlassView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One break-glass access", responses = {
      @ApiResponse(responseCode = "200", description = "the access"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads break-glass accesses"),
      @ApiResponse(responseCode = "404", description = "no such access the caller may see")})
  public BreakGlassView get(@Context SecurityContext sc, @PathParam("id") String id) {
    return BreakGlassView.of(breakGlass.get(ActorPrincipal.of(sc), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opens a break-glass access to one named student for a reason; expires automatically",
      responses = {
          @ApiResponse(responseCode = "201", description = "opened; Location names the access"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller opens break-glass accesses"),
          @ApiResponse(responseCode = "404", description = "no such student in the caller's district"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "an access of the caller to the student is already "
              + "active (BREAK_GLASS_ALREADY_ACTIVE), 五(二)2")})
  public Response start(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull StartRequest body) {
    Stored s = breakGlass.start(ActorPrincipal.of(sc), new StartCommand(body.studentId(), body.reason()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/break-glass").path(s.access().id().value())
        .build()).entity(BreakGlassView.of(s)).build();
  }

  @POST
  @Path("{id}/stop")
  @Operation(summary = "Stops the caller's own active break-glass access early", responses = {
      @ApiResponse(responseCode = "200", description = "the stopped access"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the access but did not open it"),
      @ApiResponse(responseCode = "404", description = "no such access the caller may see"),
      @ApiResponse(responseCode = "409", description = "the access changed meanwhile"),
      @ApiResponse(responseCode = "422", description = "the access has already ended (BREAK_GLASS_NOT_ACTIVE)")})
  public BreakGlassView stop(@Context SecurityContext sc, @PathParam("id") String id) {
    return BreakGlassView.of(breakGlass.stop(ActorPrincipal.of(sc), id));
  }
}
