package org.jiaolianti.adapters.rest.instructor;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase.Filter;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase.InstructorDetail;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase.LogServiceCommand;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase.RegisterCommand;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase.RetireCommand;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorTier;
import org.jiaolianti.domain.instructor.ServiceKind;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.instructor.Specialty;

/**
 * Family-education instructors (家庭教育指导师, 五(一)4): the district, school and community tiers, their
 * specialties and the services they deliver. The district registers any tier, a school's leaders their school's
 * instructors, a partner's staff their partner's (community tier); an instructor linked to an account logs their
 * own services. Retired instructors are kept. Another school's or partner's instructor is a 404.
 */
@Path("/api/v1/instructors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "instructors", description = "家庭教育指导师 — family-education instructors")
public final class InstructorResource {

  private static final String CLAUSE = "五(一)4";
  private final InstructorsUseCase instructors;

  public InstructorResource(InstructorsUseCase instructors) {
    this.instructors = requireNonNull(instructors, "instructors");
  }

  /** The body of {@code POST /instructors}. */
  public record RegisterRequest(@NotBlank @Size(max = Instructor.MAX_NAME) String name, @NotNull InstructorTier tier,
      String schoolId, String partnerId, @NotEmpty Set<@NotNull Specialty> specialties, String userId) {}

  /** The body of {@code POST /instructors/{id}/retire}. */
  public record RetireRequest(@NotBlank @Size(max = Instructor.MAX_REASON) String reason) {}

  /** The body of {@code POST /instructors/{id}/services}: where is a school or a partner (one of the two). */
  public record ServiceRequest(@NotNull ServiceKind kind, @NotNull LocalDate on,
      @NotNull @DecimalMin("0.5") @DecimalMax("12") BigDecimal hours, String schoolId, String partnerId,
      @Min(0) @Max(DeliveredService.MAX_AUDIENCE) int audience,
      @Size(max = DeliveredService.MAX_NOTE) String note) {}

  /** A label in the caller's language next to a code. */
  public record Labelled(String code, String label) {}

  /** An instructor. */
  public record InstructorView(String id, String name, String tier, String tierLabel, String schoolId,
      String partnerId, List<Labelled> specialties, String userId, String registeredBy, Instant registeredAt,
      boolean active, Instant retiredAt, String retiredBy, String retireReason, long version, String clause) {
    static InstructorView of(Instructor i, Language lang) {
      return new InstructorView(i.id().value(), i.name(), i.tier().name(), lang.pick(i.tier().label()),
          i.school() == null ? null : i.school().value(), i.partner() == null ? null : i.partner().value(),
          i.specialties().stream().map(s -> new Labelled(s.name(), lang.pick(s.label()))).toList(),
          i.user() == null ? null : i.user().value(), i.registeredBy().value(), i.registeredAt(), i.active(),
          i.retiredAt(), i.retiredBy() == null ? null : i.retiredBy().value(), i.retireReason(), i.version(), CLAUSE);
    }
  }

  /** A delivered service. */
  public record ServiceView(String id, String instructorId, String kind, String kindLabel, LocalDate on,
      BigDecimal hours, String schoolId, String partnerId, int audience, String note, String loggedBy,
      Instant loggedAt) {
    static ServiceView of(DeliveredService s, Language lang) {
      return new ServiceView(s.id(), s.instructor().value(), s.kind().name(), lang.pick(s.kind().label()), s.on(),
          s.hours(), s.school() == null ? null : s.school().value(), s.partner() == null ? null : s.partner().value(),
          s.audience(), s.note(), s.loggedBy().value(), s.loggedAt());
    }
  }

  /** An instructor with their services and the total hours. */
  public record InstructorDetailView(InstructorView instructor, List<ServiceView> services, BigDecimal totalHours) {
    static InstructorDetailView of(InstructorDetail d, Language lang) {
      return new InstructorDetailView(InstructorView.of(d.instructor(), lang),
          d.services().stream().map(s -> ServiceView.of(s, lang)).toList(),
          d.services().stream().map(DeliveredService::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  /** Services of one kind at one school over the range. */
  public record ServiceTotalView(String schoolId, String kind, long services, BigDecimal hours, long audience) {
    static ServiceTotalView of(ServiceTotal t) {
      return new ServiceTotalView(t.school().value(), t.kind().name(), t.services(), t.hours(), t.audience());
    }
  }

  @GET
  @Operation(summary = "The instructors the caller sees, by registration; filters tier, specialty, schoolId; "
      + "retired ones only with includeRetired=true", responses = {
          @ApiResponse(responseCode = "200", description = "a page of instructors"),
          @ApiResponse(responseCode = "400", description = "bad paging or filter parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads instructors")})
  public Page<InstructorView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("tier") String tier, @QueryParam("specialty") String specialty,
      @QueryParam("schoolId") String schoolId, @QueryParam("includeRetired") String includeRetired,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Filter filter = new Filter(QueryParams.enumValue("tier", tier, InstructorTier.class),
        QueryParams.enumValue("specialty", specialty, Specialty.class), QueryParams.text(schoolId),
        Boolean.TRUE.equals(QueryParams.bool("includeRetired", includeRetired)));
    Language lang = Language.of(headers);
    return Page.of(instructors.list(ActorPrincipal.of(sc), filter), paging, i -> InstructorView.of(i, lang));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers an instructor: DISTRICT tier (the district), SCHOOL tier with schoolId (the "
      + "district or that school's leaders), COMMUNITY tier with partnerId (the district or that partner's staff)",
      responses = {
          @ApiResponse(responseCode = "201", description = "registered; Location names the instructor"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field), e.g. schoolId "
              + "missing for the SCHOOL tier or given for another tier, an unknown userId"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not register instructors of that tier"),
          @ApiResponse(responseCode = "404", description = "no such school or partner in the caller's scope"),
          @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used with another body")})
  public Response register(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull RegisterRequest body) {
    Instructor i = instructors.register(ActorPrincipal.of(sc), new RegisterCommand(body.name(), body.tier(),
        body.schoolId(), body.partnerId(), body.specialties(), body.userId()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/instructors/{id}").build(i.id().value()))
        .entity(InstructorView.of(i, Language.of(headers))).build();
  }

  @GET
  @Path("service-totals")
  @Operation(summary = "Per school and kind, the instructor services delivered at schools from..to (both "
      + "included): count, hours, audience (a report: READ_REPORTS)", responses = {
          @ApiResponse(responseCode = "200", description = "the totals, by school then kind"),
          @ApiResponse(responseCode = "400", description = "bad from/to"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads reports")})
  public List<ServiceTotalView> totals(@Context SecurityContext sc, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    var actor = ActorPrincipal.of(sc);
    LocalDate end = QueryParams.date("to", to, actor.today());
    LocalDate start = QueryParams.date("from", from, end.withDayOfYear(1));
    return instructors.serviceTotals(actor, start, end).stream().map(ServiceTotalView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One instructor with their services", responses = {
      @ApiResponse(responseCode = "200", description = "the instructor"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "404", description = "no such instructor the caller may see")})
  public InstructorDetailView get(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id) {
    return InstructorDetailView.of(instructors.get(ActorPrincipal.of(sc), id), Language.of(headers));
  }

  @POST
  @Path("{id}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Retires an instructor with a reason; the record is kept", responses = {
      @ApiResponse(responseCode = "200", description = "the retired instructor"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the instructor but may not manage it"),
      @ApiResponse(responseCode = "404", description = "no such instructor in the caller's scope"),
      @ApiResponse(responseCode = "409", description = "the instructor changed meanwhile, or the same "
          + "Idempotency-Key is in flight"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "already retired (INSTRUCTOR_RETIRED), 五(一)4; or the "
          + "Idempotency-Key was used with another body")})
  public InstructorView retire(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull RetireRequest body) {
    return InstructorView.of(instructors.retire(ActorPrincipal.of(sc), new RetireCommand(id, body.reason())),
        Language.of(headers));
  }

  @POST
  @Path("{id}/services")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Logs a service the instructor delivered (research, lecture tour, individual guidance, "
      + "demonstration) at a school or a partner; the note carries no personal data of families", responses = {
          @ApiResponse(responseCode = "201", description = "logged"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field), e.g. neither or "
              + "both of schoolId and partnerId"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the instructor but may not log for it"),
          @ApiResponse(responseCode = "404", description = "no such instructor in the caller's scope, or no such "
              + "school or partner"),
          @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "retired (INSTRUCTOR_RETIRED), a future day "
              + "(SERVICE_IN_FUTURE), not in half hours (SERVICE_HOURS_RANGE), 五(一)4; or the Idempotency-Key "
              + "was used with another body")})
  public Response logService(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull ServiceRequest body) {
    DeliveredService s = instructors.logService(ActorPrincipal.of(sc), new LogServiceCommand(id, body.kind(),
        body.on(), body.hours(), body.schoolId(), body.partnerId(), body.audience(), body.note()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/instructors/{id}").build(id))
        .entity(ServiceView.of(s, Language.of(headers))).build();
  }
}
