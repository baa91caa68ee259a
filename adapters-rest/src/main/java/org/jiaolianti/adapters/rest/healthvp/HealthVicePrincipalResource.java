package org.jiaolianti.adapters.rest.healthvp;

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
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase.AppointCommand;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase.EndCommand;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.organization.School;

/**
 * Health vice-principals (健康副校长, 三(二)5): the district appoints medical staff of a partner institution to
 * schools and ends appointments; readers list them and the schools without one on a day. Nothing is deleted.
 */
@Path("/api/v1/health-vice-principals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health-vice-principals", description = "健康副校长 — health vice-principals")
public final class HealthVicePrincipalResource {

  private static final String CLAUSE = "三(二)5";
  private final HealthVicePrincipalsUseCase appointments;

  public HealthVicePrincipalResource(HealthVicePrincipalsUseCase appointments) {
    this.appointments = requireNonNull(appointments, "appointments");
  }

  /** The body of {@code POST /health-vice-principals}. */
  public record AppointRequest(@NotBlank String schoolId,
      @NotBlank @Size(max = HealthVicePrincipal.MAX_NAME) String name, @NotBlank String institutionId,
      @Size(min = 1, max = 100) String professionalTitle, @NotNull LocalDate from, LocalDate to) {}

  /** The body of {@code POST /health-vice-principals/{id}/end}. */
  public record EndRequest(@NotNull LocalDate lastDay) {}

  /** An appointment. */
  public record AppointmentView(String id, String schoolId, String name, String institutionId,
      String professionalTitle, LocalDate from, LocalDate to, String recordedBy, Instant recordedAt, long version,
      String clause) {
    static AppointmentView of(HealthVicePrincipal h) {
      return new AppointmentView(h.id().value(), h.school().value(), h.name(), h.institution().value(),
          h.professionalTitle(), h.period().validFrom(), h.period().validTo(), h.recordedBy().value(),
          h.recordedAt(), h.version(), CLAUSE);
    }
  }

  /** A school without a health vice-principal on the day. */
  public record SchoolRow(String id, String code, String name) {}

  /** The report: the schools (the caller sees) open on {@code on} without one. */
  public record SchoolsWithout(LocalDate on, int count, List<SchoolRow> schools, String clause) {
    static SchoolsWithout of(LocalDate on, List<School> schools) {
      return new SchoolsWithout(on, schools.size(), schools.stream()
          .map(s -> new SchoolRow(s.id().value(), s.code(), s.name())).toList(), CLAUSE);
    }
  }

  @GET
  @Operation(summary = "The appointments the caller sees, oldest first; filters schoolId and activeOn", responses = {
      @ApiResponse(responseCode = "200", description = "a page of appointments"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters or activeOn"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads health vice-principals"),
      @ApiResponse(responseCode = "404", description = "no such school the caller may see")})
  public Page<AppointmentView> list(@Context SecurityContext sc, @QueryParam("schoolId") String schoolId,
      @QueryParam("activeOn") String activeOn, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    LocalDate on = QueryParams.date("activeOn", activeOn, null);
    return Page.of(appointments.list(ActorPrincipal.of(sc), QueryParams.text(schoolId), on), paging,
        AppointmentView::of);
  }

  @GET
  @Path("schools-without")
  @Operation(summary = "The schools open on a day without a health vice-principal serving (三(二)5)", responses = {
      @ApiResponse(responseCode = "200", description = "the report"),
      @ApiResponse(responseCode = "400", description = "on missing or not a date"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads health vice-principals")})
  public SchoolsWithout schoolsWithout(@Context SecurityContext sc, @QueryParam("on") String on) {
    LocalDate day = QueryParams.date("on", on, null);
    if (day == null) {
      throw InvalidInputException.of("on", "NotNull", "须指定日期（on）", "on (a date) is required");
    }
    return SchoolsWithout.of(day, appointments.schoolsWithout(ActorPrincipal.of(sc), day));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Appoints a medical professional of a partner institution to a school", responses = {
      @ApiResponse(responseCode = "201", description = "appointed; Location names the school's appointments"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages health vice-principals"),
      @ApiResponse(responseCode = "404", description = "no such school or partner"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "the same person already serves the school in that period "
          + "(HEALTH_VICE_PRINCIPAL_OVERLAP), 三(二)5")})
  public Response appoint(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull AppointRequest body) {
    HealthVicePrincipal h = appointments.appoint(ActorPrincipal.of(sc), new AppointCommand(body.schoolId(),
        body.name(), body.institutionId(), body.professionalTitle(), body.from(), body.to()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/health-vice-principals")
        .queryParam("schoolId", h.school().value()).build()).entity(AppointmentView.of(h)).build();
  }

  @POST
  @Path("{id}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ends an appointment on its last day (within the period)", responses = {
      @ApiResponse(responseCode = "200", description = "the ended appointment"),
      @ApiResponse(responseCode = "400", description = "invalid body, or lastDay outside the period"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages health vice-principals"),
      @ApiResponse(responseCode = "404", description = "no such appointment"),
      @ApiResponse(responseCode = "409", description = "the appointment changed meanwhile"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public AppointmentView end(@Context SecurityContext sc, @PathParam("id") String id,
      @Valid @NotNull EndRequest body) {
    return AppointmentView.of(appointments.end(ActorPrincipal.of(sc), new EndCommand(id, body.lastDay())));
  }
}
