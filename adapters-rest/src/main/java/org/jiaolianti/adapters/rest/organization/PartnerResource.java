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
import java.util.List;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.PartnerView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * The bodies schools dock with (四(二)): departments, towns/streets, communities and social resource units.
 */
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "partners", description = "对接单位 — departments, towns/streets, communities, social resource units")
public final class PartnerResource {

  private final OrganizationQueries queries;
  private final RegisterOrganizationUseCase register;
  private final AccessControl access;

  public PartnerResource(OrganizationQueries queries, RegisterOrganizationUseCase register, AccessControl access) {
    this.queries = requireNonNull(queries, "queries");
    this.register = requireNonNull(register, "register");
    this.access = requireNonNull(access, "access");
  }

  /**
   * The body of {@code POST /partners}: a DEPARTMENT names its {@code unitCode} (a unit of the policy); a
   * TOWN_STREET or COMMUNITY names its {@code town}; a SOCIAL_RESOURCE_UNIT names its {@code resourceKind}.
   */
  public record RegisterPartnerRequest(
      @NotNull PartnerKind kind,
      @NotBlank @Size(max = 200) String name,
      @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{jiaolianti.unitCode}") String unitCode,
      @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String town,
      SocialResourceKind resourceKind) {}

  @GET
  @Operation(summary = "The partners the caller may see, filtered by kind, unitCode, town or resourceKind", responses = {
      @ApiResponse(responseCode = "200", description = "a page of partners"),
      @ApiResponse(responseCode = "400", description = "bad paging or filter parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the organization")})
  public Page<PartnerView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("kind") String kind, @QueryParam("unitCode") String unitCode,
      @QueryParam("town") String town, @QueryParam("resourceKind") String resourceKind) {
    Paging paging = Paging.of(limit, offset);
    PartnerKind partnerKind = QueryParams.enumValue("kind", kind, PartnerKind.class);
    SocialResourceKind resource = QueryParams.enumValue("resourceKind", resourceKind, SocialResourceKind.class);
    String unit = QueryParams.text(unitCode);
    String townCode = QueryParams.text(town);
    Actor actor = ActorPrincipal.of(sc);
    Visibility visible = Lists.visibility(access, actor, Action.READ_ORGANIZATION);
    List<Partner> rows = queries.partners(actor.district()).stream()
        .filter(p -> visible.includesPartner(p.id()))
        .filter(p -> partnerKind == null || p.kind() == partnerKind)
        .filter(p -> resource == null || p.resourceKind() == resource)
        .filter(p -> unit == null || p.optionalUnit().map(u -> u.value().equals(unit)).orElse(false))
        .filter(p -> townCode == null || p.optionalTown().map(t -> t.value().equals(townCode)).orElse(false))
        .toList();
    return Page.of(rows, paging, PartnerView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One partner, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the partner"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the organization"),
      @ApiResponse(responseCode = "404", description = "no such partner in the caller's scope")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    Actor actor = ActorPrincipal.of(sc);
    PartnerId partner = PathIds.partner(id);
    access.check(actor, Action.READ_ORGANIZATION, new Target.Partner(actor.district(), partner));
    Partner p = queries.partners(actor.district()).stream().filter(x -> x.id().equals(partner)).findFirst()
        .orElseThrow(() -> new NotFoundException("partner", partner));
    return Response.ok(PartnerView.of(p)).tag(ETags.of(p.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a partner", responses = {
      @ApiResponse(responseCode = "201", description = "registered; Location names the new partner"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field), e.g. a department "
          + "without its unit code or a unit the policy does not have"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage the organization"),
      @ApiResponse(responseCode = "404", description = "no such town in the district"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response registerPartner(@Context SecurityContext sc, @Context UriInfo uri,
      @Valid @NotNull RegisterPartnerRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_ORGANIZATION);
    Partner p = register.registerPartner(new RegisterPartnerCommand(actor.district().value(), body.kind(), body.name(),
        body.unitCode(), body.town(), body.resourceKind()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/partners/{id}").build(p.id().value()))
        .tag(ETags.of(p.version())).entity(PartnerView.of(p)).build();
  }
}
