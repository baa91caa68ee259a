package org.jiaolianti.adapters.rest.referral;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Filter;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.OpenCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.RerouteCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Seen;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.StepCommand;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.Referral;
import org.jiaolianti.domain.mentalhealth.ReferralAction;
import org.jiaolianti.domain.mentalhealth.ReferralEvent;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;

/**
 * The crisis referral green channel (心理危机转介"绿色通道", 五(二)1): a COUNSELLOR or SCHOOL_ADMIN of the student's
 * school opens a referral to a medical institution partner (on a referral consent, or for a CRISIS on the emergency
 * path with {@code emergencyReason}); the institution's CLINICIAN accepts, rejects and records the outcome; the
 * school returns with a follow-up plan, closes, withdraws or reroutes. Every step requires {@code If-Match} with the
 * referral's ETag (428 without, 412 when stale); a step the state machine refuses is a 422 naming the rule
 * ({@code REFERRAL_ALREADY_ENDED}, {@code REFERRAL_TRANSITION_NOT_ALLOWED}, {@code REFERRAL_CLOSE_NEEDS_OUTCOME},
 * {@code REFERRAL_WRONG_SIDE}, …). Reads are filtered by who asks (see {@link ReferralView}); all are audited.
 */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "referrals", description = "心理危机转介 — crisis referral green channel")
public final class ReferralResource {

  private static final String IF_MATCH_DOC = "the ETag of the referral as read";
  private final ReferralsUseCase referrals;

  public ReferralResource(ReferralsUseCase referrals) {
    this.referrals = requireNonNull(referrals, "referrals");
  }

  /** The body of {@code POST /referrals}. */
  public record OpenRequest(@NotBlank String studentId, @NotBlank String institutionId,
      @NotNull ReferralUrgency urgency, @Size(max = Referral.MAX_TEXT) String sharedSummary,
      EmergencyReason emergencyReason) {}

  /** The reason of a rejection or withdrawal. */
  public record ReasonRequest(@Size(max = ReferralEvent.MAX_NOTE) String reason) {}

  /** The institution's outcome (diagnosis, treatment). */
  public record OutcomeRequest(@Size(max = Referral.MAX_TEXT) String outcome) {}

  /** The school's follow-up plan on the student's return. */
  public record ReturnRequest(@Size(max = Referral.MAX_TEXT) String followUpPlan) {}

  /** The other institution and the reason of a reroute. */
  public record RerouteRequest(@NotBlank String institutionId,
      @Size(max = ReferralEvent.MAX_NOTE) String reason) {}

  @GET
  @Operation(summary = "The referrals the caller sees, newest first; filters status, schoolId, studentId",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of referrals, each as the caller may see it"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters or status"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads referrals")})
  public Page<ReferralView> list(@Context SecurityContext sc, @QueryParam("status") String status,
      @QueryParam("schoolId") String schoolId, @QueryParam("studentId") String studentId,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Filter filter = new Filter(QueryParams.enumValue("status", status, ReferralStatus.class),
        QueryParams.text(schoolId), QueryParams.text(studentId));
    ReferralsUseCase.Page page = referrals.list(ActorPrincipal.of(sc), filter, paging.offset(), paging.limit());
    return new Page<>(page.items().stream().map(ReferralView::of).toList(), page.total(), paging.limit(),
        paging.offset());
  }

  @GET
  @Path("breaches")
  @Operation(summary = "The referrals the caller sees that broke a time limit (seed settings), newest first",
      responses = {
          @ApiResponse(responseCode = "200", description = "the breached referrals with their breaches"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads referrals")})
  public List<ReferralView> breaches(@Context SecurityContext sc) {
    return referrals.breaches(ActorPrincipal.of(sc)).stream().map(ReferralView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One referral as the caller may see it; ETag = version", responses = {
      @ApiResponse(responseCode = "200", description = "the referral"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads referrals"),
      @ApiResponse(responseCode = "404", description = "no such referral the caller may see")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    return answer(referrals.get(ActorPrincipal.of(sc), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opens a referral to a medical institution (school side)", responses = {
      @ApiResponse(responseCode = "201", description = "opened; Location names it, ETag its version"),
      @ApiResponse(responseCode = "400", description = "invalid body, or institutionId is not a medical institution"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller opens referrals"),
      @ApiResponse(responseCode = "404", description = "no such student of the caller's school"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "no referral consent in force (CONSENT_MISSING_MEDICAL_REFERRAL),"
          + " the emergency path for a non-crisis (EMERGENCY_PATH_CRISIS_ONLY), or no summary "
          + "(REFERRAL_SUMMARY_REQUIRED), 五(二)1")})
  public Response open(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull OpenRequest body) {
    Seen s = referrals.open(ActorPrincipal.of(sc), new OpenCommand(body.studentId(), body.institutionId(),
        body.urgency(), body.sharedSummary(), body.emergencyReason()));
    return created(uri, s);
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "The institution accepts the referral; requires If-Match", parameters = @Parameter(
      name = "If-Match", in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC,
      schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "200", description = "the referral, with its new ETag"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "422", description = "refused by the green channel's rules (e.g. "
              + "REFERRAL_ALREADY_ENDED, REFERRAL_TRANSITION_NOT_ALLOWED, REFERRAL_WRONG_SIDE), 五(二)1"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response accept(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    return step(sc, headers, id, ReferralAction.ACCEPT, null);
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The institution rejects the referral with a reason (terminal); requires If-Match",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = IF_MATCH_DOC, schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "200", description = "the referral, with its new ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by the rules (REFERRAL_REASON_REQUIRED, "
              + "REFERRAL_WRONG_SIDE, REFERRAL_ALREADY_ENDED, …), 五(二)1"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response reject(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull ReasonRequest body) {
    return step(sc, headers, id, ReferralAction.REJECT, body.reason());
  }

  @POST
  @Path("{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The institution records the outcome; requires If-Match", parameters = @Parameter(
      name = "If-Match", in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC,
      schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "200", description = "the referral, with its new ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by the rules (REFERRAL_OUTCOME_REQUIRED, "
              + "REFERRAL_WRONG_SIDE, REFERRAL_TRANSITION_NOT_ALLOWED, …), 五(二)1, 三(六)4"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response outcome(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull OutcomeRequest body) {
    return step(sc, headers, id, ReferralAction.RECORD_OUTCOME, body.outcome());
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The school records the student's return with a follow-up plan; requires If-Match",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = IF_MATCH_DOC, schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "200", description = "the referral, with its new ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by the rules (REFERRAL_FOLLOW_UP_PLAN_REQUIRED, "
              + "REFERRAL_WRONG_SIDE, REFERRAL_TRANSITION_NOT_ALLOWED, …), 五(二)1"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response returned(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull ReturnRequest body) {
    return step(sc, headers, id, ReferralAction.RETURN_TO_SCHOOL, body.followUpPlan());
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "The school closes the referral (only after an outcome and the return); requires If-Match",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = IF_MATCH_DOC, schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "200", description = "the referral, with its new ETag"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "422", description = "refused by the rules (REFERRAL_CLOSE_NEEDS_OUTCOME, "
              + "REFERRAL_WRONG_SIDE, REFERRAL_ALREADY_ENDED, …), 五(二)1"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response close(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    return step(sc, headers, id, ReferralAction.CLOSE, null);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The school withdraws the referral with a reason (terminal); requires If-Match",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = IF_MATCH_DOC, schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "200", description = "the referral, with its new ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by the rules (REFERRAL_REASON_REQUIRED, "
              + "REFERRAL_WRONG_SIDE, REFERRAL_TRANSITION_NOT_ALLOWED, …), 五(二)1"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response withdraw(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull ReasonRequest body) {
    return step(sc, headers, id, ReferralAction.WITHDRAW, body.reason());
  }

  @POST
  @Path("{id}/reroute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The school reroutes to another institution: this referral ends REROUTED and a linked new "
      + "one opens; requires If-Match", parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER,
          required = true, description = IF_MATCH_DOC, schema = @Schema(type = "string")), responses = {
          @ApiResponse(responseCode = "201", description = "the new referral; Location names it"),
          @ApiResponse(responseCode = "400", description = "invalid body, or institutionId is not a medical "
              + "institution"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller reads the referral but takes no step"),
          @ApiResponse(responseCode = "404", description = "no such referral the caller may see"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by the rules (REFERRAL_REROUTE_SAME_INSTITUTION, "
              + "REFERRAL_REASON_REQUIRED, REFERRAL_WRONG_SIDE, REFERRAL_TRANSITION_NOT_ALLOWED, …), 五(二)1"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response reroute(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull RerouteRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    long version = version(actor, headers, id);
    return stale(() -> created(uri, referrals.reroute(actor, new RerouteCommand(id, version, body.institutionId(),
        body.reason()))));
  }

  private Response step(SecurityContext sc, HttpHeaders headers, String id, ReferralAction action, String text) {
    Actor actor = ActorPrincipal.of(sc);
    long version = version(actor, headers, id);
    return stale(() -> answer(referrals.step(actor, new StepCommand(id, action, version, text))));
  }

  /**
   * The version named by If-Match: missing is a 428; {@code *} is the current one (read through the use case, so
   * audited); anything not a version is a 412. The use case compares it with the stored one.
   */
  private long version(Actor actor, HttpHeaders headers, String id) {
    java.util.OptionalLong named = ETags.ifMatch(headers);
    return named.isPresent() ? named.getAsLong() : referrals.get(actor, id).version();
  }

  /** A step on a version that is no longer the stored one answers 412, as If-Match promises (API.md). */
  private static Response stale(java.util.function.Supplier<Response> step) {
    return ETags.staleAs412(step);
  }

  private static Response answer(Seen s) {
    return Response.ok(ReferralView.of(s)).tag(ETags.of(s.version())).build();
  }

  private static Response created(UriInfo uri, Seen s) {
    return Response.created(uri.getBaseUriBuilder().path("api/v1/referrals").path(s.id().value()).build())
        .entity(ReferralView.of(s)).tag(ETags.of(s.version())).build();
  }
}
