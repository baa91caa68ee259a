package org.jiaolianti.adapters.rest.milestone;

import org.jiaolianti.adapters.rest.shared.QueryParams;
import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.milestone.MilestoneViews.ExchangeEventView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.milestone.ExchangeEvent;

/**
 * Experience-exchange events (经验交流活动, 二): the records the exchange-event milestone counts. Like
 * typical cases they belong to the district as a whole: access is decided on the caller's district,
 * ids are looked up in it only (another district's id is a 404), and mistakes are voided.
 */
@Path("/api/v1/exchange-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "milestones", description = "主要目标 — typical cases, exchange events and the milestone reports")
public final class ExchangeEventResource {

  private final RecordMilestoneEvidenceUseCase evidence;
  private final AccessControl access;

  public ExchangeEventResource(RecordMilestoneEvidenceUseCase evidence, AccessControl access) {
    this.evidence = requireNonNull(evidence, "evidence");
    this.access = requireNonNull(access, "access");
  }

  @GET
  @Operation(summary = "The district's exchange events by date, voided ones included (with their voiding) unless "
      + "voided=false", responses = {
      @ApiResponse(responseCode = "200", description = "a page of events"),
      @ApiResponse(responseCode = "400", description = "bad paging parameter or filter value"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read milestone evidence")})
  public Page<ExchangeEventView> list(@Context SecurityContext sc,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @Parameter(description = "true: voided events only; false: events in force only; absent: all")
      @QueryParam("voided") String voided,
      @Parameter(description = "YYYY-MM-DD") @QueryParam("heldOn") String heldOn,
      @QueryParam("organiser") String organiser) {
    Paging paging = Paging.of(limit, offset);
    Boolean v = QueryParams.bool("voided", voided);
    LocalDate on = QueryParams.date("heldOn", heldOn, null);
    String by = QueryParams.text(organiser);
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.READ_MILESTONE_EVIDENCE);
    List<ExchangeEvent> rows = evidence.events(actor.district()).stream()
        .filter(x -> v == null || (x.voiding() != null) == v)
        .filter(x -> on == null || x.heldOn().equals(on))
        .filter(x -> by == null || x.organiser().equals(by))
        .toList();
    return Page.of(rows, paging, ExchangeEventView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One exchange event, voided or not, with its version as ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the event", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeEventView.class))),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read milestone evidence"),
      @ApiResponse(responseCode = "404", description = "no such event in the caller's district")})
  public Response one(@Context SecurityContext sc, @PathParam("id") String id) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.READ_MILESTONE_EVIDENCE);
    ExchangeEvent e = evidence.exchangeEvent(actor.district(), id);
    return Response.ok(ExchangeEventView.of(e)).tag(ETags.of(e.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records an exchange event held on a date", responses = {
      @ApiResponse(responseCode = "201", description = "the event, with Location and ETag", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeEventView.class))),
      @ApiResponse(responseCode = "400", description = "invalid body: one entry per field (malformed JSON, wrong "
          + "type, missing field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not record milestone evidence"),
      @ApiResponse(responseCode = "404", description = "the district has no active policy"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not application/json")})
  public Response record(@Context SecurityContext sc, @Context UriInfo uri,
      @Valid @NotNull MilestoneRequests.RecordExchangeEvent body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.RECORD_MILESTONE_EVIDENCE);
    ExchangeEvent e = evidence.recordEvent(body.command(actor));
    return Response.created(uri.getAbsolutePathBuilder().path(e.id().value()).build())
        .entity(ExchangeEventView.of(e)).tag(ETags.of(e.version())).build();
  }

  @POST
  @Path("{id}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Voids an event recorded by mistake: kept with who (the caller), when and why, counted for "
      + "no date", responses = {
      @ApiResponse(responseCode = "200", description = "the voided event", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeEventView.class))),
      @ApiResponse(responseCode = "400", description = "no reason, or the event is already voided"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not record milestone evidence"),
      @ApiResponse(responseCode = "404", description = "no such event in the caller's district"),
      @ApiResponse(responseCode = "409", description = "the event changed concurrently; read it again"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not application/json")})
  public Response voidEvent(@Context SecurityContext sc, @PathParam("id") String id,
      @Valid @NotNull MilestoneRequests.VoidRecord body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.RECORD_MILESTONE_EVIDENCE);
    ExchangeEvent current = evidence.exchangeEvent(actor.district(), id);
    ExchangeEvent voided = evidence.voidEvent(body.command(actor, current.id().value()));
    return Response.ok(ExchangeEventView.of(voided)).tag(ETags.of(voided.version())).build();
  }
}
