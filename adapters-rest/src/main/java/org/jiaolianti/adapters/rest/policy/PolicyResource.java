package org.jiaolianti.adapters.rest.policy;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.policy.port.in.QueryPolicyUseCase;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.policy.Policy;

/** The caller's district's active policy: document facts, units with duties, measures, duty matrix, milestones. */
@Path("/api/v1/policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policy", description = "工作方案 — the policy as data")
public final class PolicyResource {

  /** Excel opens UTF-8 CSV with Chinese text correctly only after a byte-order mark (API.md). */
  static final String BOM = "\uFEFF";
  public static final String TEXT_CSV = "text/csv";

  private final QueryPolicyUseCase policies;
  private final AccessControl access;

  public PolicyResource(QueryPolicyUseCase policies, AccessControl access) {
    this.policies = requireNonNull(policies, "policies");
    this.access = requireNonNull(access, "access");
  }

  private Policy policy(SecurityContext sc) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.READ_POLICY);
    return policies.policy(actor.district());
  }

  @GET
  @Operation(summary = "The policy document (文件信息)", responses = {
      @ApiResponse(responseCode = "200", description = "the document facts"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the policy"),
      @ApiResponse(responseCode = "404", description = "the district has no active policy")})
  public PolicyViews.DocumentView document(@Context SecurityContext sc) {
    return PolicyViews.DocumentView.of(policy(sc));
  }

  @GET
  @Path("units")
  @Operation(summary = "The signing units with their duty statements (三(二)) and measures (五)", responses = {
      @ApiResponse(responseCode = "200", description = "a page of units"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the policy")})
  public Page<PolicyViews.UnitView> units(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("code") String code) {
    Paging paging = Paging.of(limit, offset);
    Policy policy = policy(sc);
    return Page.of(policy.units().stream().filter(u -> code == null || u.code().value().equals(code)).toList(), paging,
        u -> PolicyViews.UnitView.of(u, policy));
  }

  @GET
  @Path("measures")
  @Operation(summary = "The measures (五) with their responsible units, lead first", responses = {
      @ApiResponse(responseCode = "200", description = "a page of measures"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the policy")})
  public Page<PolicyViews.MeasureView> measures(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("collaboration") String collaboration) {
    Paging paging = Paging.of(limit, offset);
    Policy policy = policy(sc);
    var matrix = policy.dutyMatrix();
    return Page.of(policy.measures().stream()
        .filter(m -> collaboration == null || m.collaboration().name().equals(collaboration)).toList(), paging,
        m -> PolicyViews.MeasureView.of(m, matrix));
  }

  @GET
  @Path("duty-matrix")
  @Produces({MediaType.APPLICATION_JSON, TEXT_CSV + ";charset=UTF-8"})
  @Operation(summary = "The duty matrix (责任矩阵): JSON, or long-format CSV with Accept: text/csv", responses = {
      @ApiResponse(responseCode = "200", description = "the matrix"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the policy"),
      @ApiResponse(responseCode = "406", description = "neither JSON nor CSV acceptable")})
  public Response dutyMatrix(@Context SecurityContext sc, @Context jakarta.ws.rs.core.HttpHeaders headers) {
    var matrix = policy(sc).dutyMatrix();
    boolean csv = headers.getAcceptableMediaTypes().stream()
        .anyMatch(t -> t.getType().equals("text") && t.getSubtype().equals("csv"))
        && headers.getAcceptableMediaTypes().stream().noneMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            && !t.isWildcardType());
    if (csv) {
      return Response.ok(BOM + matrix.toCsv(), TEXT_CSV + ";charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"duty-matrix.csv\"").build();
    }
    return Response.ok(matrix.toJson(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  @GET
  @Path("milestones")
  @Operation(summary = "The milestones of 二 with their yearly targets", responses = {
      @ApiResponse(responseCode = "200", description = "a page of milestone definitions"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the policy")})
  public Page<PolicyViews.MilestoneView> milestones(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(policy(sc).milestones(), paging, PolicyViews.MilestoneView::of);
  }
}
