package org.jiaolianti.adapters.rest.report;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase.HomeSchoolReport;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase.Line;
import org.jiaolianti.domain.report.HomeSchoolFigures;

/**
 * The home–school report (数据分析): per school, zone and district over {@code from}–{@code to} (inclusive;
 * default the 30 days up to today in Asia/Shanghai). Rates are decimals 0–1, absent when there is nothing to
 * divide by. Counts only; {@code READ_REPORTS} on the caller's district.
 */
@Path("/api/v1/reports/home-school")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "数据分析 — district reports from the home–school data")
public final class HomeSchoolReportResource {

  /** The default range: this many days up to and including {@code to}. */
  static final int DEFAULT_DAYS = 30;

  private final HomeSchoolReportUseCase reports;

  public HomeSchoolReportResource(HomeSchoolReportUseCase reports) {
    this.reports = requireNonNull(reports, "reports");
  }

  @GET
  @Operation(summary = "Notice read and confirm rates, activity participation, feedback response times and overdue "
      + "counts, parent-mentor hours and guidance-column learning, for the district, each zone and each school",
      responses = {
          @ApiResponse(responseCode = "200", description = "the report"),
          @ApiResponse(responseCode = "400", description = "from or to is not a date YYYY-MM-DD, to is before from, "
              + "or the range is longer than " + HomeSchoolReportUseCase.MAX_DAYS + " days"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read reports")})
  public ReportView report(@Context SecurityContext sc,
      @Parameter(description = "first day, YYYY-MM-DD; default 29 days before to") @QueryParam("from") String from,
      @Parameter(description = "last day, YYYY-MM-DD; default today in Asia/Shanghai") @QueryParam("to") String to) {
    Actor actor = ActorPrincipal.of(sc);
    LocalDate last = QueryParams.date("to", to, actor.today());
    LocalDate first = QueryParams.date("from", from, last.minusDays(DEFAULT_DAYS - 1));
    return ReportView.of(reports.report(actor, first, last));
  }

  /** The report as JSON. */
  public record ReportView(String district, LocalDate from, LocalDate to, LocalDate asOf, FiguresView total,
      List<LineView> zones, List<LineView> schools) {
    static ReportView of(HomeSchoolReport r) {
      return new ReportView(r.district().value(), r.from(), r.to(), r.asOf(), FiguresView.of(r.total()),
          r.zones().stream().map(LineView::of).toList(), r.schools().stream().map(LineView::of).toList());
    }
  }

  /** One zone or school. */
  public record LineView(String id, String name, FiguresView figures) {
    static LineView of(Line l) {
      return new LineView(l.id(), l.name(), FiguresView.of(l.figures()));
    }
  }

  /** The figures, grouped by area. */
  public record FiguresView(NoticeFigures notices, ActivityFigures activities, FeedbackFigures feedback,
      MentorFigures mentors, GuidanceFigures guidance) {
    static FiguresView of(HomeSchoolFigures f) {
      return new FiguresView(
          new NoticeFigures(f.receipts(), f.read(), f.readRate().orElse(null), f.confirmationsRequested(),
              f.confirmed(), f.confirmRate().orElse(null)),
          new ActivityFigures(f.registrations(), f.participants(), f.enrolled(), f.participationRate().orElse(null)),
          new FeedbackFigures(f.feedbackSubmitted(), f.feedbackAnswered(), f.averageResponseHours().orElse(null),
              f.overdueOpen(), f.answeredLate()),
          new MentorFigures(f.mentorHours()),
          new GuidanceFigures(f.guidanceCompletions(), f.guidanceLearners()));
    }
  }

  /** Receipts of notices released in the range (学校通知一键直达). */
  public record NoticeFigures(long receipts, long read, BigDecimal readRate, long confirmationsRequested,
      long confirmed, BigDecimal confirmRate) {}

  /** Registrations made in the range that hold a place (活动报名). */
  public record ActivityFigures(long registrations, long participants, long enrolled, BigDecimal participationRate) {}

  /** Feedback submitted in the range (三(三)3). */
  public record FeedbackFigures(long submitted, long answered, BigDecimal averageResponseHours, long overdueOpen,
      long answeredLate) {}

  /** Parent-mentor hours logged for days in the range (五(一)3). */
  public record MentorFigures(BigDecimal hours) {}

  /** Guidance-column learning in the range (家庭教育指导专栏). */
  public record GuidanceFigures(long completions, long learners) {}
}
