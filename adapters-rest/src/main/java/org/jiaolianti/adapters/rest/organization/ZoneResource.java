package org.jiaolianti.adapters.rest.organization;

import org.jiaolianti.adapters.rest.shared.QueryParams;
import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.ZoneMemberView;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.ZoneView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.AddZoneMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EndZoneMembershipCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.VoidZoneMembershipCommand;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.organization.ZoneMembershipId;

/**
 * Experimental zones (教联体实验区, 五(一)1): list, read with the lead school and every membership,
 * establish, add a member school, end or void a membership. A school is in at most one zone at a time:
 * a change that breaks this is a 422 naming the rule and its clause.
 */
@Path("/api/v1/zones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "zones", description = "教联体实验区 — experimental zones and their member schools")
public final class ZoneResource {

  private final OrganizationQueries queries;
  private final ManageZonesUseCase zones;
  private final AccessControl access;

  public ZoneResource(OrganizationQueries queries, ManageZonesUseCase zones, AccessControl access) {
    this.queries = requireNonNull(queries, "queries");
    this.zones = requireNonNull(zones, "zones");
    this.access = requireNonNull(access, "access");
  }

  /** The body of {@code POST /zones}: the lead school (龙头校) is the zone's first member from establishedOn. */
  public record EstablishZoneRequest(
      @NotBlank @Size(max = 100) String name,
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String leadSchoolId,
      @Size(max = 200) String coordinationOffice,
      @NotNull LocalDate establishedOn) {}

  /** The body of {@code POST /zones/{id}/members}: a school joins from validFrom, optionally to validTo (inclusive). */
  public record AddZoneMemberRequest(
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String schoolId,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** The body of {@code POST .../end}: the last day (inclusive) of the membership. */
  public record EndZoneMembershipRequest(@NotNull LocalDate lastDay) {}

  /** The body of {@code POST .../void}: why the membership was recorded by mistake. */
  public record VoidZoneMembershipRequest(@NotBlank @Size(max = 500) String reason) {}

  @GET
  @Operation(summary = "The zones the caller may see, filtered by name or lead school", responses = {
      @ApiResponse(responseCode = "200", description = "a page of zones with their memberships"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the organization")})
  public Page<ZoneView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("name") String name,
      @QueryParam("leadSchoolId") String leadSchoolId) {
    Paging paging = Paging.of(limit, offset);
    String zoneName = QueryParams.text(name);
    String lead = QueryParams.text(leadSchoolId);
    Actor actor = ActorPrincipal.of(sc);
    Visibility visible = Lists.visibility(access, actor, Action.READ_ORGANIZATION);
    List<Zone> rows = queries.zones(actor.district()).stream()
        .filter(z -> visible.includesZone(z.id()))
        .filter(z -> zoneName == null || z.name().equals(zoneName))
        .filter(z -> lead == null || z.leadSchool().value().equals(lead))
        .toList();
    return Page.of(rows, paging, ZoneView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One zone with its lead school and memberships (voided ones marked), version as ETag",
      responses = {
          @ApiResponse(responseCode = "200", description = "the zone"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read the organization"),
          @ApiResponse(responseCode = "404", description = "no such zone in the caller's scope")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    Zone zone = readable(ActorPrincipal.of(sc), id);
    return Response.ok(ZoneView.of(zone)).tag(ETags.of(zone.version())).build();
  }

  @GET
  @Path("{id}/members")
  @Operation(summary = "The memberships of one zone (voided ones marked)", responses = {
      @ApiResponse(responseCode = "200", description = "a page of memberships"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the organization"),
      @ApiResponse(responseCode = "404", description = "no such zone in the caller's scope")})
  public Page<ZoneMemberView> members(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("schoolId") String schoolId) {
    Paging paging = Paging.of(limit, offset);
    String school = QueryParams.text(schoolId);
    Zone zone = readable(ActorPrincipal.of(sc), id);
    return Page.of(zone.memberships().stream().filter(m -> school == null || m.school().value().equals(school))
        .toList(), paging, m -> ZoneMemberView.of(zone, m));
  }

  @GET
  @Path("{id}/members/{membershipId}")
  @Operation(summary = "One membership of a zone", responses = {
      @ApiResponse(responseCode = "200", description = "the membership"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the organization"),
      @ApiResponse(responseCode = "404", description = "no such zone in the caller's scope, or no such membership")})
  public Response member(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("membershipId") String membershipId) {
    Zone zone = readable(ActorPrincipal.of(sc), id);
    ZoneMembership m = membership(zone, membershipId);
    return Response.ok(ZoneMemberView.of(zone, m)).tag(ETags.of(zone.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Establishes a zone with its lead school as its first member", responses = {
      @ApiResponse(responseCode = "201", description = "established; Location names the new zone"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
      @ApiResponse(responseCode = "404", description = "no such lead school in the district"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "the lead school is already in a zone then (五(一)1)")})
  public Response establish(@Context SecurityContext sc, @Context UriInfo uri,
      @Valid @NotNull EstablishZoneRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_ORGANIZATION);
    Zone zone = zones.establish(new EstablishZoneCommand(actor.district().value(), body.name(), body.leadSchoolId(),
        body.coordinationOffice(), body.establishedOn()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/zones/{id}").build(zone.id().value()))
        .tag(ETags.of(zone.version())).entity(ZoneView.of(zone)).build();
  }

  @POST
  @Path("{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Adds a member school for a period; a school is in at most one zone at a time (五(一)1)",
      responses = {
          @ApiResponse(responseCode = "201", description = "added; Location names the new membership"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field), or validTo before validFrom"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
          @ApiResponse(responseCode = "404", description = "no such zone in the caller's scope, or no such school"),
          @ApiResponse(responseCode = "409", description = "the zone changed concurrently"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by a zone rule: the school is in a zone then, or "
              + "the period starts before the zone was established")})
  public Response addMember(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull AddZoneMemberRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    ZoneId zoneId = manageable(actor, id);
    Set<ZoneMembershipId> before = queries.zone(actor.district(), zoneId).memberships().stream()
        .map(ZoneMembership::id).collect(Collectors.toSet());
    Zone zone = zones.addMember(new AddZoneMemberCommand(actor.district().value(), zoneId.value(), body.schoolId(),
        body.validFrom(), body.validTo()));
    ZoneMembership added = zone.memberships().stream()
        .filter(m -> !before.contains(m.id()) && m.school().value().equals(body.schoolId())
            && m.period().validFrom().equals(body.validFrom()))
        .findFirst().orElseThrow(() -> new IllegalStateException("the new membership is not in the zone"));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/zones/{id}/members/{membershipId}")
            .build(zone.id().value(), added.id().value()))
        .tag(ETags.of(zone.version())).entity(ZoneMemberView.of(zone, added)).build();
  }

  @POST
  @Path("{id}/members/{membershipId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ends a membership on lastDay (inclusive); the past is kept", responses = {
      @ApiResponse(responseCode = "200", description = "the ended membership"),
      @ApiResponse(responseCode = "400", description = "invalid body, or lastDay outside the membership's period"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
      @ApiResponse(responseCode = "404", description = "no such zone in the caller's scope, or no such membership"),
      @ApiResponse(responseCode = "409", description = "the zone changed concurrently"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "the lead school's membership, or a voided one")})
  public Response endMembership(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("membershipId") String membershipId, @Valid @NotNull EndZoneMembershipRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    ZoneId zoneId = manageable(actor, id);
    ZoneMembershipId mid = membership(queries.zone(actor.district(), zoneId), membershipId).id();
    Zone zone = zones.endMembership(new EndZoneMembershipCommand(actor.district().value(), zoneId.value(), mid.value(),
        body.lastDay()));
    return Response.ok(ZoneMemberView.of(zone, membership(zone, mid.value()))).tag(ETags.of(zone.version())).build();
  }

  @POST
  @Path("{id}/members/{membershipId}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Voids a membership recorded by mistake: kept (who/when/why) but counts for no date",
      responses = {
          @ApiResponse(responseCode = "200", description = "the voided membership"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
          @ApiResponse(responseCode = "404", description = "no such zone in the caller's scope, or no such membership"),
          @ApiResponse(responseCode = "409", description = "the zone changed concurrently"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the lead school's membership, or one already voided")})
  public Response voidMembership(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("membershipId") String membershipId, @Valid @NotNull VoidZoneMembershipRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    ZoneId zoneId = manageable(actor, id);
    ZoneMembershipId mid = membership(queries.zone(actor.district(), zoneId), membershipId).id();
    Zone zone = zones.voidMembership(new VoidZoneMembershipCommand(actor.district().value(), zoneId.value(),
        mid.value(), actor.user().username(), body.reason()));
    return Response.ok(ZoneMemberView.of(zone, membership(zone, mid.value()))).tag(ETags.of(zone.version())).build();
  }

  private Zone readable(Actor actor, String id) {
    ZoneId zone = PathIds.zone(id);
    access.check(actor, Action.READ_ORGANIZATION, new Target.Zone(actor.district(), zone));
    return queries.zone(actor.district(), zone);
  }

  private ZoneId manageable(Actor actor, String id) {
    ZoneId zone = PathIds.zone(id);
    access.check(actor, Action.MANAGE_ORGANIZATION, new Target.Zone(actor.district(), zone));
    return zone;
  }

  private static ZoneMembership membership(Zone zone, String membershipId) {
    ZoneMembershipId id = PathIds.membership(membershipId);
    return zone.membership(id).orElseThrow(() -> new NotFoundException("zone membership", id));
  }
}
