package org.jiaolianti.adapters.rest.screening;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.Counts;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.CreateCampaignCommand;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.DueStudent;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ImportReport;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ImportResultsCommand;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ResultRow;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.SeenCampaign;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.SeenResult;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;

/**
 * Screening campaigns and results (心理普测, 五(二)2). Campaigns (with counts only) for the school's counsellors and
 * admins and the district mental-health officer; each student's result only for the school's counsellors. An
 * import is all or nothing: a 400 names every failing row ({@code results[3].score}) with the rule as its code
 * (e.g. {@code CONSENT_MISSING_MENTAL_HEALTH_FILE}, {@code SCREENING_OUTSIDE_WINDOW}) and the clause in its
 * message. Re-importing a student replaces their result. Imports and result reads are audited.
 */
@Path("/api/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "screenings", description = "心理普测 — screening campaigns and results")
public final class ScreeningResource {

  private static final String CLAUSE = "五(二)2";
  private final ScreeningsUseCase screenings;

  public ScreeningResource(ScreeningsUseCase screenings) {
    this.screenings = requireNonNull(screenings, "screenings");
  }

  /** The body of {@code POST /screenings}. */
  public record CreateRequest(String schoolId, String term, String scale, LocalDate opensOn, LocalDate closesOn) {}

  /** One row of an import. */
  public record ResultRequest(String studentId, BigDecimal score, LocalDate takenOn) {}

  /** The body of {@code POST /screenings/{id}/results}: at most 2000 rows. */
  public record ImportRequest(List<ResultRequest> results) {}

  /** What a campaign's results add up to; nothing suppressed. */
  public record CountsView(long screened, Map<String, Long> bySuggestedLevel, long withoutSuggestion) {
    static CountsView of(Counts c) {
      return c == null ? null : new CountsView(c.screened(), c.bySuggestedLevel(), c.withoutSuggestion());
    }
  }

  /** A campaign; {@code counts} only on the single resource and after an import. */
  public record CampaignView(String id, String schoolId, String term, String scale, LocalDate opensOn,
      LocalDate closesOn, String createdBy, Instant createdAt, long version, CountsView counts, String clause) {
    static CampaignView of(ScreeningCampaign c, Counts counts) {
      return new CampaignView(c.id().value(), c.school().value(), c.term().value(), c.scale(), c.opensOn(),
          c.closesOn(), c.createdBy().value(), c.createdAt(), c.version(), CountsView.of(counts), CLAUSE);
    }
  }

  /** The outcome of an import: rows imported, of which replaced, and the campaign's counts after it. */
  public record ImportView(String campaignId, int imported, int replaced, CountsView counts, String clause) {}

  /** One student's result; {@code suggestedLevel} is a suggestion only (the counsellor sets levels). */
  public record ResultView(String id, String studentId, String scale, BigDecimal score, String suggestedLevel,
      LocalDate takenOn, Instant importedAt) {
    static ResultView of(SeenResult s) {
      var r = s.result();
      return new ResultView(r.id().value(), r.student().value(), r.scale(), r.score(), s.suggestedLevel(),
          r.takenOn(), r.importedAt());
    }
  }

  /** A student due for screening; {@code lastScreenedOn} null: never screened. */
  public record DueView(String studentId, String maskedName, LocalDate lastScreenedOn) {
    static DueView of(DueStudent d) {
      return new DueView(d.studentId().value(), d.maskedName(), d.lastScreenedOn());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Creates a screening campaign of a school (one per school, term and scale)", responses = {
      @ApiResponse(responseCode = "201", description = "created; Location names the campaign"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages screenings of the school"),
      @ApiResponse(responseCode = "404", description = "no such school the caller may see"),
      @ApiResponse(responseCode = "409", description = "created concurrently"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "unknown scale (SCREENING_SCALE_UNKNOWN) or the school has "
          + "a campaign with this scale in this term (SCREENING_CAMPAIGN_EXISTS), 五(二)2")})
  public Response create(@Context SecurityContext sc, @Context UriInfo uri, @NotNull CreateRequest body) {
    ScreeningCampaign c = screenings.create(ActorPrincipal.of(sc), new CreateCampaignCommand(body.schoolId(),
        body.term(), body.scale(), body.opensOn(), body.closesOn()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/screenings").path(c.id().value()).build())
        .tag(ETags.of(c.version())).entity(CampaignView.of(c, null)).build();
  }

  @GET
  @Operation(summary = "The campaigns the caller may read, newest window first; filters schoolId, term", responses = {
      @ApiResponse(responseCode = "200", description = "a page of campaigns (without counts)"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters or term"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads screenings"),
      @ApiResponse(responseCode = "404", description = "no such school the caller may see")})
  public Page<CampaignView> list(@Context SecurityContext sc, @QueryParam("schoolId") String schoolId,
      @QueryParam("term") String term, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(screenings.list(ActorPrincipal.of(sc), QueryParams.text(schoolId), QueryParams.text(term)),
        paging, c -> CampaignView.of(c, null));
  }

  @GET
  @Path("due")
  @Operation(summary = "The students of a school due for screening on a date (default today) per the seed interval",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of students (masked names), by id"),
          @ApiResponse(responseCode = "400", description = "schoolId missing, bad date or paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads screenings of the school"),
          @ApiResponse(responseCode = "404", description = "no such school the caller may see")})
  public Page<DueView> due(@Context SecurityContext sc, @QueryParam("schoolId") String schoolId,
      @QueryParam("on") String on, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    String school = QueryParams.text(schoolId);
    if (school == null) {
      throw ApiProblem.badParameter("schoolId", "NotNull", "须指定学校（schoolId）", "schoolId is required");
    }
    Actor actor = ActorPrincipal.of(sc);
    return Page.of(screenings.due(actor, school, QueryParams.date("on", on, null)), paging, DueView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One campaign with its counts (screened, per suggested level); never a student's result",
      responses = {
          @ApiResponse(responseCode = "200", description = "the campaign, with an ETag"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads screenings of the school"),
          @ApiResponse(responseCode = "404", description = "no such campaign the caller may see")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    SeenCampaign seen = screenings.get(ActorPrincipal.of(sc), id);
    return Response.ok(CampaignView.of(seen.campaign(), seen.counts())).tag(ETags.of(seen.campaign().version()))
        .build();
  }

  @POST
  @Path("{id}/results")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Imports results, all or nothing; re-importing a student replaces their result; audited",
      responses = {
          @ApiResponse(responseCode = "200", description = "imported: rows, replaced, counts"),
          @ApiResponse(responseCode = "400", description = "every failing row by index (results[3].score), the rule "
              + "as code: STUDENT_NOT_OF_SCHOOL, Duplicate, PastOrPresent, SCREENING_OUTSIDE_WINDOW, "
              + "SCREENING_SCORE_OUT_OF_RANGE, CONSENT_MISSING_MENTAL_HEALTH_FILE (五(二)2); over 2000 rows"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the campaign but does not import results"),
          @ApiResponse(responseCode = "404", description = "no such campaign the caller may see"),
          @ApiResponse(responseCode = "409", description = "imported concurrently"),
          @ApiResponse(responseCode = "413", description = "the body is over the limit"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public ImportView importResults(@Context SecurityContext sc, @PathParam("id") String id,
      @NotNull ImportRequest body) {
    List<ResultRow> rows = body.results() == null ? null : body.results().stream()
        .map(r -> r == null ? null : new ResultRow(r.studentId(), r.score(), r.takenOn())).toList();
    ImportReport report = screenings.importResults(ActorPrincipal.of(sc), id,
        new ImportResultsCommand(rows));
    return new ImportView(report.campaign().id().value(), report.imported(), report.replaced(),
        CountsView.of(report.counts()), CLAUSE);
  }

  @GET
  @Path("{id}/results")
  @Operation(summary = "Each student's result of a campaign (score, suggested level, date), by student; audited",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of results"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the campaign but not students' results"),
          @ApiResponse(responseCode = "404", description = "no such campaign the caller may see")})
  public Page<ResultView> results(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(screenings.results(ActorPrincipal.of(sc), id), paging, ResultView::of);
  }
}
