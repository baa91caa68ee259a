package org.jiaolianti.adapters.rest.homevisit;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase;
import org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase.RecordVisitCommand;
import org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase.SeenVisit;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.VisitMode;
import org.jiaolianti.domain.people.UserId;

/**
 * Home visits (家访, 家校双师 五(一)3). A class teacher of the student or a leader of the student's school records a
 * visit; the note is encrypted at rest and shown only to the visitors, the student's class teachers and the
 * school's leaders; a guardian sees that a visit happened, when and how. Anyone else: 404. Recording and every
 * read of one visit are audited (refused attempts too). Lists never carry notes.
 */
@Path("/api/v1/home-visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "home-visits", description = "家访 — home visits (need-to-know, audited)")
public final class HomeVisitResource {

  private static final String CLAUSE = "五(一)3";
  private final HomeVisitsUseCase visits;

  public HomeVisitResource(HomeVisitsUseCase visits) {
    this.visits = requireNonNull(visits, "visits");
  }

  /** The body of {@code POST /home-visits}. */
  public record RecordRequest(@NotBlank String studentId, @NotNull LocalDate visitedOn, @NotNull VisitMode mode,
      @Size(max = HomeVisit.MAX_VISITORS - 1) List<@NotBlank String> visitorIds,
      @Size(max = HomeVisit.MAX_TOPICS) List<@NotBlank @Size(max = HomeVisit.MAX_TOPIC) String> topics,
      @Size(max = HomeVisit.MAX_NOTE) String note, Boolean flagsConcern) {}

  /**
   * A visit as the caller sees it: {@code topics}, {@code flagsConcern} and {@code note} are null for a guardian
   * ({@code full = false}); {@code note} is null in lists.
   */
  public record VisitView(String id, String schoolId, String studentId, LocalDate visitedOn, String mode,
      String modeLabel, List<String> visitorIds, List<String> topics, Boolean flagsConcern, boolean hasNote,
      String note, boolean full, String capacity, String recordedBy, Instant recordedAt, long version,
      String clause) {
    static VisitView of(SeenVisit s, Language lang) {
      HomeVisit v = s.visit();
      return new VisitView(v.id().value(), v.school().value(), v.student().value(), v.visitedOn(), v.mode().name(),
          lang.pick(v.mode().label()), s.full() ? v.visitors().stream().map(UserId::value).toList() : null,
          s.full() ? v.topics() : null, s.full() ? v.flagsConcern() : null, s.full() && v.hasNote(), s.note(),
          s.full(), s.capacity().name(), s.full() ? v.recordedBy().value() : null, v.recordedAt(), v.version(),
          CLAUSE);
    }
  }

  @GET
  @Operation(summary = "The home visits the caller may see, newest first (of one student with ?studentId=); "
      + "never the notes", responses = {
          @ApiResponse(responseCode = "200", description = "a page of visits"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads home visits"),
          @ApiResponse(responseCode = "404", description = "no such student the caller may ask about")})
  public Page<VisitView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("studentId") String studentId, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Language lang = Language.of(headers);
    HomeVisitsUseCase.VisitsPage page = visits.list(ActorPrincipal.of(sc), studentId, paging.offset(),
        paging.limit());
    return new Page<>(page.items().stream().map(s -> VisitView.of(s, lang)).toList(), page.total(), paging.limit(),
        paging.offset());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a home visit (a class teacher of the student or a leader of its school); the note "
      + "is encrypted at rest; audited", responses = {
          @ApiResponse(responseCode = "201", description = "recorded; Location names the visit"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller records home visits"),
          @ApiResponse(responseCode = "404", description = "no such student among the caller's"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "a visit in the future (HOME_VISIT_FUTURE), 五(一)3")})
  public Response record(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull RecordRequest body) {
    SeenVisit seen = visits.record(ActorPrincipal.of(sc), new RecordVisitCommand(body.studentId(),
        body.visitedOn(), body.mode(), body.visitorIds(), body.topics(), body.note(),
        Boolean.TRUE.equals(body.flagsConcern())));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/home-visits/{id}")
            .build(seen.visit().id().value()))
        .tag(ETags.of(seen.visit().version())).entity(VisitView.of(seen, Language.of(headers))).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One visit, with its note for those with need to know; every call audited (also a refused "
      + "one)", responses = {
          @ApiResponse(responseCode = "200", description = "the visit; ETag is its version"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads home visits"),
          @ApiResponse(responseCode = "404", description = "no such visit the caller may see")})
  public Response get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    SeenVisit seen = visits.get(ActorPrincipal.of(sc), id);
    return Response.ok(VisitView.of(seen, Language.of(headers))).tag(ETags.of(seen.visit().version())).build();
  }
}
