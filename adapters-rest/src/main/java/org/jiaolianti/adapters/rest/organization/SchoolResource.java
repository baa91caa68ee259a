package org.jiaolianti.adapters.rest.organization;

import org.jiaolianti.adapters.rest.shared.QueryParams;
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
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.AllianceStatusView;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.SchoolView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.organization.port.in.AllianceStatusUseCase;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.CloseSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.SchoolType;

/**
 * The district's schools (the N of 1+1+N): list, read, register, close; and a school's alliance status.
 *
 * <p>Closing changes a versioned record, so {@code POST /schools/{id}/close} requires {@code If-Match}
 * with the ETag read (428 without, 412 when stale), like a PUT would.
 */
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools", description = "学校 — the schools of the district, and their 教联体 status")
public final class SchoolResource {

  private final OrganizationQueries queries;
  private final RegisterOrganizationUseCase register;
  private final AllianceStatusUseCase allianceStatus;
  private final AccessControl access;

  public SchoolResource(OrganizationQueries queries, RegisterOrganizationUseCase register,
      AllianceStatusUseCase allianceStatus, AccessControl access) {
    this.queries = requireNonNull(queries, "queries");
    this.register = requireNonNull(register, "register");
    this.allianceStatus = requireNonNull(allianceStatus, "allianceStatus");
    this.access = requireNonNull(access, "access");
  }

  /** The body of {@code POST /schools}. */
  public record RegisterSchoolRequest(
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull SchoolType type,
      @NotNull @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String town,
      @NotNull LocalDate openedOn) {}

  /** The body of {@code POST /schools/{id}/close}: the first day the school is no longer open. */
  public record CloseSchoolRequest(@NotNull LocalDate closedOn) {}

  @GET
  @Operation(summary = "The schools the caller may see, filtered by town, type, zone (member today) or code (学校标识码)",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of schools"),
          @ApiResponse(responseCode = "400", description = "bad paging or filter parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read the organization")})
  public Page<SchoolView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("town") String town, @QueryParam("type") String type,
      @Parameter(description = "a zone id: the schools that are its members today") @QueryParam("zone") String zone,
      @QueryParam("code") String code) {
    Paging paging = Paging.of(limit, offset);
    SchoolType schoolType = QueryParams.enumValue("type", type, SchoolType.class);
    String townCode = QueryParams.text(town);
    String schoolCode = QueryParams.text(code);
    String zoneId = QueryParams.text(zone);
    Actor actor = ActorPrincipal.of(sc);
    Visibility visible = Lists.visibility(access, actor, Action.READ_ORGANIZATION);
    Optional<Set<SchoolId>> zoneMembers = zoneId == null ? Optional.empty()
        : Optional.of(queries.zones(actor.district()).stream().filter(z -> z.id().value().equals(zoneId))
            .findFirst().map(z -> Set.copyOf(z.membersOn(actor.today()))).orElse(Set.of()));
    List<School> rows = queries.schools(actor.district()).stream()
        .filter(s -> visible.includesSchool(s.id()))
        .filter(s -> townCode == null || s.town().value().equals(townCode))
        .filter(s -> schoolType == null || s.type() == schoolType)
        .filter(s -> schoolCode == null || s.code().equals(schoolCode))
        .filter(s -> zoneMembers.map(m -> m.contains(s.id())).orElse(true))
        .toList();
    return Page.of(rows, paging, SchoolView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One school, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the school"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the organization"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = PathIds.school(id);
    access.check(actor, Action.READ_ORGANIZATION, new Target.School(actor.district(), school));
    School s = queries.school(actor.district(), school);
    return Response.ok(SchoolView.of(s)).tag(ETags.of(s.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a school (学校标识码 new in the district; the town must be registered)", responses = {
      @ApiResponse(responseCode = "201", description = "registered; Location names the new school"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
      @ApiResponse(responseCode = "404", description = "no such town in the district"),
      @ApiResponse(responseCode = "409", description = "a school with this code already exists"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response registerSchool(@Context SecurityContext sc, @Context UriInfo uri,
      @Valid @NotNull RegisterSchoolRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_ORGANIZATION);
    School s = register.registerSchool(new RegisterSchoolCommand(actor.district().value(), body.code(), body.name(),
        body.type(), body.town(), body.openedOn()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/schools/{id}").build(s.id().value()))
        .tag(ETags.of(s.version())).entity(SchoolView.of(s)).build();
  }

  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records that a school closed from closedOn; requires If-Match with the school's ETag",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = "the ETag of the school as read", schema = @Schema(type = "string")),
      responses = {
          @ApiResponse(responseCode = "200", description = "the closed school, with its new ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body, or closedOn not after the opening date"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope"),
          @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response close(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull CloseSchoolRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = PathIds.school(id);
    access.check(actor, Action.MANAGE_ORGANIZATION, new Target.School(actor.district(), school));
    School current = queries.school(actor.district(), school);
    long version = ETags.requireMatch(headers, current.version());
    School closed = register.closeSchool(new CloseSchoolCommand(actor.district().value(), school.value(),
        body.closedOn(), version));
    return Response.ok(SchoolView.of(closed)).tag(ETags.of(closed.version())).build();
  }

  @GET
  @Path("{id}/alliance-status")
  @Operation(summary = "Has the school established its 教联体 on asOf (default today, Asia/Shanghai)? Lists the unmet "
      + "conditions with their clause", responses = {
          @ApiResponse(responseCode = "200", description = "established or not, with the unmet conditions"),
          @ApiResponse(responseCode = "400", description = "asOf is not a date YYYY-MM-DD"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read the alliance status"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope")})
  public AllianceStatusView allianceStatus(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id,
      @Parameter(description = "the date, YYYY-MM-DD; default today in Asia/Shanghai") @QueryParam("asOf") String asOf) {
    Actor actor = ActorPrincipal.of(sc);
    LocalDate date = QueryParams.date("asOf", asOf, actor.today());
    SchoolId school = PathIds.school(id);
    access.check(actor, Action.READ_ALLIANCE_STATUS, new Target.School(actor.district(), school));
    return AllianceStatusView.of(allianceStatus.status(actor.district(), school, date), Language.of(headers));
  }
}
