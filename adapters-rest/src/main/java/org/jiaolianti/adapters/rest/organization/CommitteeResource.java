package org.jiaolianti.adapters.rest.organization;

import org.jiaolianti.adapters.rest.shared.QueryParams;
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
import java.time.LocalDate;
import org.jiaolianti.adapters.rest.organization.OrganizationViews.CommitteeMemberView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.AppointMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.EndMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.VoidMemberCommand;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.SchoolId;

/**
 * A school's co-education committee (校级家校共育委员会, 五(一)1): its members of four kinds, appointed for
 * a period, ended, or voided when recorded by mistake. A member is addressed under its own school only.
 */
@Path("/api/v1/schools/{schoolId}/committee")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "committee", description = "校级家校共育委员会 — a school's co-education committee")
public final class CommitteeResource {

  private final OrganizationQueries queries;
  private final ManageCommitteeUseCase committees;
  private final AccessControl access;

  public CommitteeResource(OrganizationQueries queries, ManageCommitteeUseCase committees, AccessControl access) {
    this.queries = requireNonNull(queries, "queries");
    this.committees = requireNonNull(committees, "committees");
    this.access = requireNonNull(access, "access");
  }

  /** The body of {@code POST /schools/{id}/committee}: a member from validFrom, optionally to validTo. */
  public record AppointCommitteeMemberRequest(
      @NotBlank @Size(max = 100) String name,
      @NotNull CommitteeMemberKind kind,
      @Size(max = 500) String duty,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** The body of {@code POST .../end}: the member's last day (inclusive). */
  public record EndCommitteeMemberRequest(@NotNull LocalDate lastDay) {}

  /** The body of {@code POST .../void}: why the member was recorded by mistake. */
  public record VoidCommitteeMemberRequest(@NotBlank @Size(max = 500) String reason) {}

  @GET
  @Operation(summary = "The committee's members (ended and voided ones included and marked), filtered by kind",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of members"),
          @ApiResponse(responseCode = "400", description = "bad paging or filter parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the school but may not read its committee"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope")})
  public Page<CommitteeMemberView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("schoolId") String schoolId, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("kind") String kind) {
    Paging paging = Paging.of(limit, offset);
    CommitteeMemberKind memberKind = QueryParams.enumValue("kind", kind, CommitteeMemberKind.class);
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = allowed(actor, Action.READ_COMMITTEE, schoolId);
    Language lang = Language.of(headers);
    return Page.of(queries.committee(actor.district(), school).stream()
        .filter(m -> memberKind == null || m.kind() == memberKind).toList(), paging,
        m -> CommitteeMemberView.of(m, lang));
  }

  @GET
  @Path("{memberId}")
  @Operation(summary = "One committee member, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the member"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the school but may not read its committee"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such member of it")})
  public Response get(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("schoolId") String schoolId, @PathParam("memberId") String memberId) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = allowed(actor, Action.READ_COMMITTEE, schoolId);
    CommitteeMember m = memberOf(actor, school, memberId);
    return Response.ok(CommitteeMemberView.of(m, Language.of(headers))).tag(ETags.of(m.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Appoints a member", responses = {
      @ApiResponse(responseCode = "201", description = "appointed; Location names the new member"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field), or validTo before validFrom"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage this school's committee"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response appoint(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("schoolId") String schoolId, @Valid @NotNull AppointCommitteeMemberRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = allowed(actor, Action.MANAGE_COMMITTEE, schoolId);
    CommitteeMember m = committees.appoint(new AppointMemberCommand(actor.district().value(), school.value(),
        body.name(), body.kind(), body.duty(), body.validFrom(), body.validTo()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/schools/{schoolId}/committee/{memberId}")
            .build(school.value(), m.id().value()))
        .tag(ETags.of(m.version())).entity(CommitteeMemberView.of(m, Language.of(headers))).build();
  }

  @POST
  @Path("{memberId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ends a membership on lastDay (inclusive); the past is kept", responses = {
      @ApiResponse(responseCode = "200", description = "the ended member"),
      @ApiResponse(responseCode = "400", description = "invalid body, lastDay outside the period, or a voided member"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage this school's committee"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such member of it"),
      @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response end(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("schoolId") String schoolId, @PathParam("memberId") String memberId,
      @Valid @NotNull EndCommitteeMemberRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = allowed(actor, Action.MANAGE_COMMITTEE, schoolId);
    CommitteeMemberId id = memberOf(actor, school, memberId).id();
    CommitteeMember m = committees.end(new EndMemberCommand(actor.district().value(), id.value(), body.lastDay()));
    return Response.ok(CommitteeMemberView.of(m, Language.of(headers))).tag(ETags.of(m.version())).build();
  }

  @POST
  @Path("{memberId}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Voids a member recorded by mistake: kept (who/when/why) but counts for no date", responses = {
      @ApiResponse(responseCode = "200", description = "the voided member"),
      @ApiResponse(responseCode = "400", description = "invalid body, or the member is already voided"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage this school's committee"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope, or no such member of it"),
      @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response voidMember(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("schoolId") String schoolId, @PathParam("memberId") String memberId,
      @Valid @NotNull VoidCommitteeMemberRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    SchoolId school = allowed(actor, Action.MANAGE_COMMITTEE, schoolId);
    CommitteeMemberId id = memberOf(actor, school, memberId).id();
    CommitteeMember m = committees.voidMember(new VoidMemberCommand(actor.district().value(), id.value(),
        actor.user().username(), body.reason()));
    return Response.ok(CommitteeMemberView.of(m, Language.of(headers))).tag(ETags.of(m.version())).build();
  }

  private SchoolId allowed(Actor actor, Action action, String schoolId) {
    SchoolId school = PathIds.school(schoolId);
    access.check(actor, action, new Target.School(actor.district(), school));
    return school;
  }

  /** The member, if it is one of this school's (another school's member id is a 404 here). */
  private CommitteeMember memberOf(Actor actor, SchoolId school, String memberId) {
    CommitteeMemberId id = PathIds.member(memberId);
    return queries.committee(actor.district(), school).stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("committee member", id));
  }
}
