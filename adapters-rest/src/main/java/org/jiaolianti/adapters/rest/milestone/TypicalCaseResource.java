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
import java.util.List;
import org.jiaolianti.adapters.rest.milestone.MilestoneViews.TypicalCaseView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * Typical cases (典型案例, 二): the records the typical-case milestone counts. A case belongs to the
 * district as a whole, so who may read or record it is decided on the caller's district
 * ({@code READ_MILESTONE_EVIDENCE}, {@code RECORD_MILESTONE_EVIDENCE}); ids are looked up in the
 * caller's district only, so another district's id is a 404. Mistakes are voided, never deleted.
 */
@Path("/api/v1/typical-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "milestones", description = "主要目标 — typical cases, exchange events and the milestone reports")
public final class TypicalCaseResource {

  private final RecordMilestoneEvidenceUseCase evidence;
  private final AccessControl access;

  public TypicalCaseResource(RecordMilestoneEvidenceUseCase evidence, AccessControl access) {
    this.evidence = requireNonNull(evidence, "evidence");
    this.access = requireNonNull(access, "access");
  }

  @GET
  @Operation(summary = "The district's typical cases by selection date, voided ones included (with their voiding) "
      + "unless voided=false", responses = {
      @ApiResponse(responseCode = "200", description = "a page of typical cases"),
      @ApiResponse(responseCode = "400", description = "bad paging parameter or filter value"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read milestone evidence")})
  public Page<TypicalCaseView> list(@Context SecurityContext sc,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @Parameter(description = "PRACTICE_CASE, MICRO_LESSON or RESEARCH_TOPIC") @QueryParam("kind") String kind,
      @Parameter(description = "a collaboration the case serves, e.g. HOME_SCHOOL") @QueryParam("collaboration")
      String collaboration,
      @Parameter(description = "true: voided cases only; false: cases in force only; absent: all")
      @QueryParam("voided") String voided,
      @QueryParam("fromSchoolId") String fromSchoolId, @QueryParam("fromUnitCode") String fromUnitCode) {
    Paging paging = Paging.of(limit, offset);
    TypicalCaseKind k = QueryParams.enumValue("kind", kind, TypicalCaseKind.class);
    Collaboration c = QueryParams.enumValue("collaboration", collaboration, Collaboration.class);
    Boolean v = QueryParams.bool("voided", voided);
    String school = QueryParams.text(fromSchoolId);
    String unit = QueryParams.text(fromUnitCode);
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.READ_MILESTONE_EVIDENCE);
    List<TypicalCase> rows = evidence.cases(actor.district()).stream()
        .filter(x -> k == null || x.kind() == k)
        .filter(x -> c == null || x.collaborations().contains(c))
        .filter(x -> v == null || (x.voiding() != null) == v)
        .filter(x -> school == null || x.optionalSchool().map(s -> s.value().equals(school)).orElse(false))
        .filter(x -> unit == null || x.optionalUnit().map(u -> u.value().equals(unit)).orElse(false))
        .toList();
    return Page.of(rows, paging, TypicalCaseView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One typical case, voided or not, with its version as ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the case", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TypicalCaseView.class))),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read milestone evidence"),
      @ApiResponse(responseCode = "404", description = "no such case in the caller's district")})
  public Response one(@Context SecurityContext sc, @PathParam("id") String id) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.READ_MILESTONE_EVIDENCE);
    TypicalCase c = evidence.typicalCase(actor.district(), id);
    return Response.ok(TypicalCaseView.of(c)).tag(ETags.of(c.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a selected typical case (from a school or a unit, exactly one)", responses = {
      @ApiResponse(responseCode = "201", description = "the case, with Location and ETag", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TypicalCaseView.class))),
      @ApiResponse(responseCode = "400", description = "invalid body: one entry per field (both or neither source, "
          + "a unit the policy does not name, malformed JSON, wrong type, unknown value)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not record milestone evidence"),
      @ApiResponse(responseCode = "404", description = "fromSchoolId names no school of the district, or the "
          + "district has no active policy"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not application/json")})
  public Response record(@Context SecurityContext sc, @Context UriInfo uri,
      @Valid @NotNull MilestoneRequests.RecordTypicalCase body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.RECORD_MILESTONE_EVIDENCE);
    TypicalCase c = evidence.recordCase(body.command(actor));
    return Response.created(uri.getAbsolutePathBuilder().path(c.id().value()).build())
        .entity(TypicalCaseView.of(c)).tag(ETags.of(c.version())).build();
  }

  @POST
  @Path("{id}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Voids a case recorded by mistake: kept with who (the caller), when and why, counted for "
      + "no date", responses = {
      @ApiResponse(responseCode = "200", description = "the voided case", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TypicalCaseView.class))),
      @ApiResponse(responseCode = "400", description = "no reason, or the case is already voided"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not record milestone evidence"),
      @ApiResponse(responseCode = "404", description = "no such case in the caller's district"),
      @ApiResponse(responseCode = "409", description = "the case changed concurrently; read it again"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not application/json")})
  public Response voidCase(@Context SecurityContext sc, @PathParam("id") String id,
      @Valid @NotNull MilestoneRequests.VoidRecord body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.RECORD_MILESTONE_EVIDENCE);
    TypicalCase current = evidence.typicalCase(actor.district(), id);
    TypicalCase voided = evidence.voidCase(body.command(actor, current.id().value()));
    return Response.ok(TypicalCaseView.of(voided)).tag(ETags.of(voided.version())).build();
  }
}
