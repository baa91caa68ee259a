package org.jiaolianti.adapters.rest.milestone;

import org.jiaolianti.adapters.rest.shared.QueryParams;
import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Locale;
import org.jiaolianti.adapters.rest.milestone.MilestoneViews.CoverageGroupView;
import org.jiaolianti.adapters.rest.milestone.MilestoneViews.CoverageView;
import org.jiaolianti.adapters.rest.milestone.MilestoneViews.MilestoneReportView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.milestone.ShareBreakdown;

/**
 * The milestone report (per target of 二: target, actual, gap, straight-line expectation, status) and
 * the establishment coverage per zone or town/street, as of a date ({@code asOf}, default today in the
 * district's zone, Asia/Shanghai). Both are district aggregates: {@code READ_REPORTS} on the caller's
 * district.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "milestones", description = "主要目标 — typical cases, exchange events and the milestone reports")
public final class MilestoneReportResource {

  private final MilestoneReportUseCase reports;
  private final AccessControl access;

  public MilestoneReportResource(MilestoneReportUseCase reports, AccessControl access) {
    this.reports = requireNonNull(reports, "reports");
    this.access = requireNonNull(access, "access");
  }

  @GET
  @Path("milestones")
  @Operation(summary = "Per milestone target: target, actual (value, count, base), gap = target − actual, expected "
      + "(straight line), status and the date measured on; shares are decimals 0–1", responses = {
      @ApiResponse(responseCode = "200", description = "the report"),
      @ApiResponse(responseCode = "400", description = "asOf is not a date YYYY-MM-DD"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read reports"),
      @ApiResponse(responseCode = "404", description = "the district has no active policy")})
  public MilestoneReportView milestones(@Context SecurityContext sc,
      @Parameter(description = "YYYY-MM-DD; default today in Asia/Shanghai") @QueryParam("asOf") String asOf) {
    Actor actor = ActorPrincipal.of(sc);
    LocalDate date = QueryParams.date("asOf", asOf, actor.today());
    ActorPrincipal.permittedInDistrict(sc, access, Action.READ_REPORTS);
    return MilestoneReportView.of(reports.report(actor.district(), date));
  }

  @GET
  @Path("coverage")
  @Operation(summary = "The establishment share per zone (by=zone, the default) or per town/street (by=town): "
      + "established of counted schools, share, the as-of year's target and gap", responses = {
      @ApiResponse(responseCode = "200", description = "the report"),
      @ApiResponse(responseCode = "400", description = "asOf is not a date YYYY-MM-DD, or by is neither zone nor town"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read reports"),
      @ApiResponse(responseCode = "404", description = "the district has no active policy")})
  public CoverageView coverage(@Context SecurityContext sc,
      @Parameter(description = "YYYY-MM-DD; default today in Asia/Shanghai") @QueryParam("asOf") String asOf,
      @Parameter(description = "zone (default) or town") @QueryParam("by") String by) {
    Actor actor = ActorPrincipal.of(sc);
    LocalDate date = QueryParams.date("asOf", asOf, actor.today());
    ShareBreakdown.Grouping grouping = grouping(by);
    ActorPrincipal.permittedInDistrict(sc, access, Action.READ_REPORTS);
    return new CoverageView(actor.district().value(), date, grouping.name(),
        reports.coverage(actor.district(), date, grouping).stream().map(CoverageGroupView::of).toList());
  }

  /** {@code zone} or {@code town} (any case); absent is zone. */
  private static ShareBreakdown.Grouping grouping(String by) {
    if (by == null || by.isBlank()) {
      return ShareBreakdown.Grouping.ZONE;
    }
    return switch (by.trim().toLowerCase(Locale.ROOT)) {
      case "zone" -> ShareBreakdown.Grouping.ZONE;
      case "town" -> ShareBreakdown.Grouping.TOWN;
      default -> throw ApiProblem.badParameter("by", "UnknownValue", "by 取值无效，可选：zone, town",
          "by is not a valid value; one of: zone, town");
    };
  }
}
