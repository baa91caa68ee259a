package org.jiaolianti.adapters.rest.counsellor;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.EndCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.LeadCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.TrainingCommand;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;

/**
 * The counsellor team (心理健康教师队伍, 五(二)3): the district and a school's admin register counsellor posts, end
 * them and mark the school's mental-health lead (one per school at a time); training records are logged per post's
 * counsellor, by the district or the counsellor themself. Nothing is deleted.
 */
@Path("/api/v1/counsellors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "counsellors", description = "心理健康教师队伍 — counsellor posts and training")
public final class CounsellorResource {

  static final String CLAUSE = "五(二)3";
  private final CounsellorsUseCase counsellors;

  public CounsellorResource(CounsellorsUseCase counsellors) {
    this.counsellors = requireNonNull(counsellors, "counsellors");
  }

  /** The body of {@code POST /counsellors}. */
  public record RegisterRequest(@NotBlank String schoolId, @NotBlank String counsellorId, @NotNull PostKind kind,
      Boolean lead, @NotNull LocalDate from, LocalDate to) {}

  /** The body of {@code POST /counsellors/{id}/end}. */
  public record EndRequest(@NotNull LocalDate lastDay) {}

  /** The body of {@code POST /counsellors/{id}/lead}. */
  public record LeadRequest(@NotNull Boolean lead) {}

  /** The body of {@code POST /counsellors/{id}/trainings}. */
  public record TrainingRequest(@NotNull LocalDate on,
      @NotNull @DecimalMin("0.5") @DecimalMax("200") BigDecimal hours,
      @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> topics) {}

  /** A counsellor post. */
  public record PostView(String id, String schoolId, String counsellorId, PostKind kind, boolean lead,
      LocalDate from, LocalDate to, long version, String clause) {
    static PostView of(CounsellorPost p) {
      return new PostView(p.id().value(), p.school().value(), p.counsellor().value(), p.kind(), p.lead(),
          p.period().validFrom(), p.period().validTo(), p.version(), CLAUSE);
    }
  }

  /** A training record. */
  public record TrainingView(String id, String counsellorId, LocalDate on, BigDecimal hours, List<String> topics,
      String recordedBy, Instant recordedAt, String clause) {
    static TrainingView of(TrainingRecord r) {
      return new TrainingView(r.id().value(), r.counsellor().value(), r.on(), r.hours(), r.topics(),
          r.recordedBy().value(), r.recordedAt(), CLAUSE);
    }
  }

  @GET
  @Operation(summary = "The counsellor posts the caller sees, by first day; filters schoolId and activeOn",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of posts"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters or activeOn"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads counsellor posts"),
          @ApiResponse(responseCode = "404", description = "no such school the caller may see")})
  public Page<PostView> list(@Context SecurityContext sc, @QueryParam("schoolId") String schoolId,
      @QueryParam("activeOn") String activeOn, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    LocalDate on = QueryParams.date("activeOn", activeOn, null);
    return Page.of(counsellors.list(ActorPrincipal.of(sc), QueryParams.text(schoolId), on), paging, PostView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a counsellor post (a COUNSELLOR-role user at a school, full- or part-time)",
      responses = {
          @ApiResponse(responseCode = "201", description = "registered; Location names the school's posts"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller manages counsellor posts"),
          @ApiResponse(responseCode = "404", description = "no such school the caller may see"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the counsellor already holds a post there in that period "
              + "(COUNSELLOR_POST_OVERLAP) or the school already has a lead (COUNSELLOR_ONE_LEAD_PER_SCHOOL), 五(二)3")})
  public Response register(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull RegisterRequest body) {
    CounsellorPost p = counsellors.register(ActorPrincipal.of(sc), new RegisterCommand(body.schoolId(),
        body.counsellorId(), body.kind(), Boolean.TRUE.equals(body.lead()), body.from(), body.to()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/counsellors")
        .queryParam("schoolId", p.school().value()).build()).entity(PostView.of(p)).build();
  }

  @POST
  @Path("{id}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ends a post on its last day (within the period)", responses = {
      @ApiResponse(responseCode = "200", description = "the ended post"),
      @ApiResponse(responseCode = "400", description = "invalid body, or lastDay outside the period"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages counsellor posts"),
      @ApiResponse(responseCode = "404", description = "no such post the caller may see"),
      @ApiResponse(responseCode = "409", description = "the post changed meanwhile"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public PostView end(@Context SecurityContext sc, @PathParam("id") String id, @Valid @NotNull EndRequest body) {
    return PostView.of(counsellors.end(ActorPrincipal.of(sc), new EndCommand(id, body.lastDay())));
  }

  @POST
  @Path("{id}/lead")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Marks (lead true) or unmarks the post as the school's mental-health lead (五(二)3)",
      responses = {
          @ApiResponse(responseCode = "200", description = "the post"),
          @ApiResponse(responseCode = "400", description = "invalid body"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller manages counsellor posts"),
          @ApiResponse(responseCode = "404", description = "no such post the caller may see"),
          @ApiResponse(responseCode = "409", description = "the post changed meanwhile"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the school already has a lead in that period "
              + "(COUNSELLOR_ONE_LEAD_PER_SCHOOL), 五(二)3")})
  public PostView lead(@Context SecurityContext sc, @PathParam("id") String id, @Valid @NotNull LeadRequest body) {
    return PostView.of(counsellors.setLead(ActorPrincipal.of(sc), new LeadCommand(id, body.lead())));
  }

  @GET
  @Path("{id}/trainings")
  @Operation(summary = "The training records of the post's counsellor, by day", responses = {
      @ApiResponse(responseCode = "200", description = "a page of training records"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the post but may not read its training"),
      @ApiResponse(responseCode = "404", description = "no such post the caller may see")})
  public Page<TrainingView> trainings(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(counsellors.trainings(ActorPrincipal.of(sc), id), paging, TrainingView::of);
  }

  @POST
  @Path("{id}/trainings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Logs a training of the post's counsellor (hours 0.5–200 in half hours, 1–10 topics)",
      responses = {
          @ApiResponse(responseCode = "201", description = "logged; Location names the counsellor's trainings"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the post but may not log its training"),
          @ApiResponse(responseCode = "404", description = "no such post the caller may see"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response logTraining(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull TrainingRequest body) {
    TrainingRecord r = counsellors.logTraining(ActorPrincipal.of(sc), new TrainingCommand(id, body.on(),
        body.hours(), body.topics()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/counsellors").path(id).path("trainings").build())
        .entity(TrainingView.of(r)).build();
  }
}
