package org.jiaolianti.adapters.rest.organization;

import org.jiaolianti.adapters.rest.shared.QueryParams;
import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.DockingAgreementView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.EndAgreementCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.VoidAgreementCommand;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * A school's docking agreements (工作对接机制, 四(二)): one partner each, with the collaborations served,
 * duties, mode, responsible person and contact, over a period.
 *
 * <p>Reading: whoever may read all of the school's agreements sees all of them; a partner's staff and a
 * unit officer see the school (if it is in their scope) but only the agreements their own partner is party
 * to; other roles that see the school get a 403.
 */
@Path("/api/v1/schools/{schoolId}/docking-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "docking-agreements", description = "工作对接机制 — a school's docking agreements with partners")
public final class DockingAgreementResource {

  private final OrganizationQueries queries;
  private final ManageDockingAgreementsUseCase agreements;
  private final AccessControl access;

  public DockingAgreementResource(OrganizationQueries queries, ManageDockingAgreementsUseCase agreements,
      AccessControl access) {
    this.queries = requireNonNull(queries, "queries");
    this.agreements = requireNonNull(agreements, "agreements");
    this.access = requireNonNull(access, "access");
  }

  /** The body of {@code POST /schools/{id}/docking-agreements}: one partner docking with this school. */
  public record SignDockingAgreementRequest(
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String partnerId,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull Collaboration> collaborations,
      @NotBlank @Size(max = 2000) String duties,
      @NotBlank @Size(max = 500) String mode,
      @NotBlank @Size(max = 100) String responsiblePerson,
      @NotBlank @Size(max = 200) String contact,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** The body of {@code POST .../end}: the agreement's last day (inclusive). */
  public record EndDockingAgreementRequest(@NotNull LocalDate lastDay) {}

  /** The body of {@code POST .../void}: why the agreement was recorded by mistake. */
  public record VoidDockingAgreementRequest(@NotBlank @Size(max = 500) String reason) {}

  @GET
  @Operation(summary = "The school's agreements the caller may read (ended and voided ones marked), by partner",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of agreements"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the school but may read no agreements"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope")})
  public Page<DockingAgreementView> list(@Context SecurityContext sc, @PathParam("schoolId") String schoolId,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("partnerId") String partnerId) {
    Paging paging = Paging.of(limit, offset);
    String partner = QueryParams.text(partnerId);
    Actor actor = ActorPrincipal.of(sc);
    List<DockingAgreement> rows = readable(actor, schoolId).stream()
        .filter(a -> partner == null || a.partner().value().equals(partner)).toList();
    Map<PartnerId, Partner> partners = partners(actor);
    return Page.of(rows, paging, a -> DockingAgreementView.of(a, partners));
  }

  @GET
  @Path("{agreementId}")
  @Operation(summary = "One agreement, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the agreement"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the school but may read no agreements"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such agreement of "
          + "it that the caller may read")})
  public Response get(@Context SecurityContext sc, @PathParam("schoolId") String schoolId,
      @PathParam("agreementId") String agreementId) {
    Actor actor = ActorPrincipal.of(sc);
    AgreementId id = PathIds.agreement(agreementId);
    DockingAgreement a = readable(actor, schoolId).stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("docking agreement", id));
    return Response.ok(DockingAgreementView.of(a, partners(actor))).tag(ETags.of(a.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Signs an agreement between this school and one partner", responses = {
      @ApiResponse(responseCode = "201", description = "signed; Location names the new agreement"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field), or validTo before validFrom"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage this school's agreements"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such partner"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response sign(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("schoolId") String schoolId,
      @Valid @NotNull SignDockingAgreementRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = manageable(actor, schoolId);
    DockingAgreement a = agreements.sign(new SignAgreementsCommand(actor.district().value(), body.partnerId(),
        List.of(school.value()), body.collaborations(), body.duties(), body.mode(), body.responsiblePerson(),
        body.contact(), body.validFrom(), body.validTo())).get(0);
    return Response.created(uri.getBaseUriBuilder().path("api/v1/schools/{schoolId}/docking-agreements/{id}")
            .build(school.value(), a.id().value()))
        .tag(ETags.of(a.version())).entity(DockingAgreementView.of(a, partners(actor))).build();
  }

  @POST
  @Path("{agreementId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ends an agreement on lastDay (inclusive); the past is kept", responses = {
      @ApiResponse(responseCode = "200", description = "the ended agreement"),
      @ApiResponse(responseCode = "400", description = "invalid body, lastDay outside the period, or a voided agreement"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage this school's agreements"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such agreement of it"),
      @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response end(@Context SecurityContext sc, @PathParam("schoolId") String schoolId,
      @PathParam("agreementId") String agreementId, @Valid @NotNull EndDockingAgreementRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    AgreementId id = agreementOf(actor, manageable(actor, schoolId), agreementId);
    DockingAgreement a = agreements.end(new EndAgreementCommand(actor.district().value(), id.value(), body.lastDay()));
    return Response.ok(DockingAgreementView.of(a, partners(actor))).tag(ETags.of(a.version())).build();
  }

  @POST
  @Path("{agreementId}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Voids an agreement recorded by mistake: kept (who/when/why) but counts for no date",
      responses = {
          @ApiResponse(responseCode = "200", description = "the voided agreement"),
          @ApiResponse(responseCode = "400", description = "invalid body, or the agreement is already voided"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage this school's agreements"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such agreement "
              + "of it"),
          @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response voidAgreement(@Context SecurityContext sc, @PathParam("schoolId") String schoolId,
      @PathParam("agreementId") String agreementId, @Valid @NotNull VoidDockingAgreementRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    AgreementId id = agreementOf(actor, manageable(actor, schoolId), agreementId);
    DockingAgreement a = agreements.voidAgreement(new VoidAgreementCommand(actor.district().value(), id.value(),
        actor.user().username(), body.reason()));
    return Response.ok(DockingAgreementView.of(a, partners(actor))).tag(ETags.of(a.version())).build();
  }

  /**
   * The school's agreements the caller may read: the school must be in their scope (404), they must be able
   * to read some agreements (403), and they see those whose school or partner their scope includes.
   */
  private List<DockingAgreement> readable(Actor actor, String schoolId) {
    SchoolId school = PathIds.school(schoolId);
    access.check(actor, Action.READ_ORGANIZATION, new Target.School(actor.district(), school));
    Visibility visible = Lists.visibility(access, actor, Action.READ_AGREEMENTS);
    return queries.agreements(actor.district(), school).stream()
        .filter(a -> visible.includesAgreement(a.school(), a.partner())).toList();
  }

  private SchoolId manageable(Actor actor, String schoolId) {
    SchoolId school = PathIds.school(schoolId);
    access.check(actor, Action.MANAGE_AGREEMENTS, new Target.School(actor.district(), school));
    return school;
  }

  /** The agreement, if it is one of this school's (another school's agreement id is a 404 here). */
  private AgreementId agreementOf(Actor actor, SchoolId school, String agreementId) {
    AgreementId id = PathIds.agreement(agreementId);
    return queries.agreements(actor.district(), school).stream().map(DockingAgreement::id).filter(id::equals)
        .findFirst().orElseThrow(() -> new NotFoundException("docking agreement", id));
  }

  private Map<PartnerId, Partner> partners(Actor actor) {
    return queries.partners(actor.district()).stream().collect(Collectors.toMap(Partner::id, Function.identity()));
  }
}
