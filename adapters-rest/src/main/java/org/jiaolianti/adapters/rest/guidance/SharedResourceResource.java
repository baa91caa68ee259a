package org.jiaolianti.adapters.rest.guidance;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Set;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.guidance.port.in.SharedResourcesUseCase;
import org.jiaolianti.application.guidance.port.in.SharedResourcesUseCase.ShareCommand;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceKind;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * Resources shared between schools (资源共享, 五(一)2): a school's leaders or teachers share a teaching or activity
 * resource (an https link, tagged with 一体六联 collaborations) with every school of the district, and withdraw it
 * (If-Match). Staff of the district read them; guardians do not (403).
 */
@Path("/api/v1/shared-resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shared-resources", description = "校际资源共享 — resources shared between schools")
public final class SharedResourceResource {

  private static final String CLAUSE = "五(一)2";
  private final SharedResourcesUseCase resources;

  public SharedResourceResource(SharedResourcesUseCase resources) {
    this.resources = requireNonNull(resources, "resources");
  }

  /** The body of {@code POST /shared-resources}: validated by the use case (one error per field). */
  public record ShareRequest(String schoolId, SharedResourceKind kind, String title, String description, String link,
      Set<Collaboration> collaborations) {}

  public record ResourceView(String id, String schoolId, String kind, String kindLabel, String title,
      String description, String link, List<String> collaborations, List<String> collaborationLabels,
      String sharedBy, Instant sharedAt, boolean withdrawn, String withdrawnBy, Instant withdrawnAt, long version,
      String clause) {
    static ResourceView of(SharedResource r, Language lang) {
      return new ResourceView(r.id().value(), r.school().value(), r.kind().name(), lang.pick(r.kind().label()),
          r.title(), r.description(), r.link().value(), r.collaborations().stream().map(Enum::name).toList(),
          r.collaborations().stream().map(c -> lang.pick(c.label())).toList(), r.sharedBy().value(), r.sharedAt(),
          r.withdrawn(), r.withdrawnBy() == null ? null : r.withdrawnBy().value(), r.withdrawnAt(), r.version(),
          CLAUSE);
    }
  }

  @GET
  @Operation(summary = "The district's shared resources, newest first (withdrawn ones only to their school's "
      + "sharers)", responses = {
          @ApiResponse(responseCode = "200", description = "a page of resources"),
          @ApiResponse(responseCode = "400", description = "bad paging parameter or filter value"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no staff member (e.g. a guardian)")})
  public Page<ResourceView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @Parameter(description = "TEACHING or ACTIVITY") @QueryParam("kind") String kind,
      @Parameter(description = "a collaboration tag, e.g. HOME_SCHOOL") @QueryParam("tag") String tag,
      @Parameter(description = "the sharing school") @QueryParam("schoolId") String schoolId) {
    Paging paging = Paging.of(limit, offset);
    SharedResourceKind k = QueryParams.enumValue("kind", kind, SharedResourceKind.class);
    Collaboration c = QueryParams.enumValue("tag", tag, Collaboration.class);
    String school = QueryParams.text(schoolId);
    Language lang = Language.of(headers);
    return Page.of(resources.list(ActorPrincipal.of(sc)).stream().filter(r -> k == null || r.kind() == k)
        .filter(r -> c == null || r.collaborations().contains(c))
        .filter(r -> school == null || r.school().value().equals(school)).toList(), paging,
        r -> ResourceView.of(r, lang));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Shares a resource of the caller's school", responses = {
      @ApiResponse(responseCode = "201", description = "the resource, with Location and ETag"),
      @ApiResponse(responseCode = "400", description = "invalid body: one entry per field (a link that is not "
          + "https, an unknown kind or tag, no tag)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not share for that school"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope"),
      @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used with another body")})
  public Response share(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull ShareRequest body) {
    SharedResource r = resources.share(ActorPrincipal.of(sc), new ShareCommand(body.schoolId(), body.kind(),
        body.title(), body.description(), body.link(), body.collaborations()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/shared-resources/{id}").build(r.id().value()))
        .tag(ETags.of(r.version())).entity(ResourceView.of(r, Language.of(headers))).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One shared resource; ETag = version", responses = {
      @ApiResponse(responseCode = "200", description = "the resource"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is no staff member"),
      @ApiResponse(responseCode = "404", description = "no such resource")})
  public Response get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    SharedResource r = resources.get(ActorPrincipal.of(sc), id);
    return Response.ok(ResourceView.of(r, Language.of(headers))).tag(ETags.of(r.version())).build();
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraws a resource of the caller's school (kept); requires If-Match",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = "the ETag of the resource as read", schema = @Schema(type = "string")),
      responses = {
          @ApiResponse(responseCode = "200", description = "the withdrawn resource, with its new ETag"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no staff member"),
          @ApiResponse(responseCode = "404", description = "no such resource of a school the caller shares for"),
          @ApiResponse(responseCode = "409", description = "changed concurrently, or the same Idempotency-Key is in "
              + "flight"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "422", description = "already withdrawn (RESOURCE_WITHDRAWN), 五(一)2"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response withdraw(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    Actor actor = ActorPrincipal.of(sc);
    ETags.requireMatch(headers, resources.get(actor, id).version());
    SharedResource r = resources.withdraw(actor, id);
    return Response.ok(ResourceView.of(r, Language.of(headers))).tag(ETags.of(r.version())).build();
  }
}
