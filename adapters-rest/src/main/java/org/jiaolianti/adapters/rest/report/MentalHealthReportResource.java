package org.jiaolianti.adapters.rest.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jiaolianti.adapters.rest.policy.PolicyResource;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.Figures;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.Line;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.MentalHealthReport;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralStep;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.report.SuppressedCounts;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * The mental-health report (医教互促 数据分析): per school, zone and district, counts only, never a student. A count
 * below the seed threshold ({@code threshold}, default 5) is withheld — {@code "count": null, "suppressed": true} — and
 * so is every figure that would give one back by subtraction. Each breakdown is {@code {"cells": [{key, label, count,
 * suppressed}], "total"}} ({@code total} null when withheld); a single figure is {@code {count, suppressed}}.
 * {@code on} (default today) is the day the files, marks, follow-ups and breaches are counted at; {@code from}–{@code
 * to} (default the 30 days up to {@code on}) the days of the screening and of the referrals opened. Counsellor
 * coverage is its own report ({@code counsellorCoverage} links it).
 */
@Path("/api/v1/reports/mental-health")
@Produces({MediaType.APPLICATION_JSON, PolicyResource.TEXT_CSV + ";charset=UTF-8"})
@Tag(name = "reports", description = "数据分析 — district reports")
public final class MentalHealthReportResource {

  /** The default range: this many days up to and including {@code to}. */
  static final int DEFAULT_DAYS = 30;
  private static final Bilingual NO_LEVEL = Bilingual.of("无对应分级", "no level suggested");

  private final MentalHealthReportUseCase reports;

  public MentalHealthReportResource(MentalHealthReportUseCase reports) {
    this.reports = requireNonNull(reports, "reports");
  }

  @GET
  @Operation(summary = "Mental-health files per level, care marks, overdue follow-ups, screening and referrals, for "
      + "the district, each zone and each school; small counts suppressed (五(二)1–2)",
      responses = {
          @ApiResponse(responseCode = "200", description = "the report: JSON, or with Accept: text/csv long-format "
              + "CSV (one row per figure; a withheld count is empty with suppressed=true)"),
          @ApiResponse(responseCode = "400", description = "on, from or to is not a date YYYY-MM-DD, on is after "
              + "today, to is before from or after on, or the range is longer than "
              + MentalHealthReportUseCase.MAX_DAYS + " days"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read the mental-health report"),
          @ApiResponse(responseCode = "406", description = "neither JSON nor CSV acceptable")})
  public Response report(@Context SecurityContext sc, @Context HttpHeaders headers,
      @Parameter(description = "the day counted at, YYYY-MM-DD; default today in Asia/Shanghai") @QueryParam("on")
      String on,
      @Parameter(description = "first day, YYYY-MM-DD; default 29 days before to") @QueryParam("from") String from,
      @Parameter(description = "last day, YYYY-MM-DD; default on") @QueryParam("to") String to) {
    Actor actor = ActorPrincipal.of(sc);
    LocalDate day = QueryParams.date("on", on, actor.today());
    LocalDate last = QueryParams.date("to", to, day);
    LocalDate first = QueryParams.date("from", from, last.minusDays(DEFAULT_DAYS - 1));
    ReportView view = ReportView.of(reports.report(actor, day, first, last), Language.of(headers));
    boolean csv = headers.getAcceptableMediaTypes().stream()
        .anyMatch(t -> t.getType().equals("text") && t.getSubtype().equals("csv"))
        && headers.getAcceptableMediaTypes().stream().noneMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            && !t.isWildcardType());
    if (csv) {
      return Response.ok(Csv.of(view), PolicyResource.TEXT_CSV + ";charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"mental-health-" + view.on() + ".csv\"").build();
    }
    return Response.ok(view, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  /**
   * The report in long format (API.md): one row per figure — scope (DISTRICT, ZONE, SCHOOL), its id, code and
   * label, the figure, the cell's key and label (empty for a single figure or a breakdown's TOTAL), the count
   * (empty when withheld) and whether it was withheld; UTF-8 with a byte-order mark for Excel.
   */
  static final class Csv {
    private final StringBuilder out = new StringBuilder("\uFEFF");

    static String of(ReportView r) {
      Csv csv = new Csv();
      csv.row("scope", "scopeId", "scopeCode", "scopeLabel", "figure", "key", "keyLabel", "count", "suppressed");
      csv.figures("DISTRICT", r.district(), null, r.district(), r.total());
      r.zones().forEach(z -> csv.figures("ZONE", z.id(), z.code(), z.label(), z.figures()));
      r.schools().forEach(s -> csv.figures("SCHOOL", s.id(), s.code(), s.label(), s.figures()));
      return csv.out.toString();
    }

    private void figures(String scope, String id, String code, String label, FiguresView f) {
      String[] at = {scope, id, code, label};
      row(at, "enrolled", null, null, f.enrolled(), false);
      count(at, "filesOpen", f.filesOpen());
      breakdown(at, "filesByLevel", f.filesByLevel());
      if (f.filesByCategory() != null) {
        breakdown(at, "filesByCategory", f.filesByCategory());
      }
      breakdown(at, "careMarks", f.careMarks());
      count(at, "overdueFollowUps", f.overdueFollowUps());
      count(at, "screening.screened", f.screening().screened());
      breakdown(at, "screening.bySuggestedLevel", f.screening().bySuggestedLevel());
      count(at, "referrals.opened", f.referrals().opened());
      breakdown(at, "referrals.byStatus", f.referrals().byStatus());
      breakdown(at, "referrals.byUrgency", f.referrals().byUrgency());
      count(at, "referrals.emergencyPath", f.referrals().emergencyPath());
      breakdown(at, "referrals.breachesByStep", f.referrals().breachesByStep());
    }

    private void count(String[] at, String figure, CountView c) {
      row(at, figure, null, null, c.count(), c.suppressed());
    }

    private void breakdown(String[] at, String figure, BreakdownView b) {
      for (CellView c : b.cells()) {
        row(at, figure, c.key(), c.label(), c.count(), c.suppressed());
      }
      row(at, figure, "TOTAL", null, b.total(), b.total() == null);
    }

    private void row(String[] at, String figure, String key, String keyLabel, Long count, boolean suppressed) {
      row(at[0], at[1], at[2], at[3], figure, key, keyLabel, count == null ? null : count.toString(),
          Boolean.toString(suppressed));
    }

    private void row(String... cells) {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        String c = cells[i] == null ? "" : cells[i];
        // quoted when needed; a leading =, +, -, @, tab or CR is neutralised so a spreadsheet never runs it as a
        // formula (OWASP CSV injection)
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
          c = "'" + c;
        }
        out.append(c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
            ? '"' + c.replace("\"", "\"\"") + '"' : c);
      }
      out.append("\r\n");
    }
  }

  /** The report as JSON; {@code counsellorCoverage} is the path of the coverage report on the same day. */
  public record ReportView(String district, LocalDate on, LocalDate from, LocalDate to, int threshold,
      String counsellorCoverage, FiguresView total, List<LineView> zones, List<LineView> schools) {
    static ReportView of(MentalHealthReport r, Language lang) {
      Labels labels = new Labels(r, lang);
      return new ReportView(r.district().value(), r.on(), r.from(), r.to(), r.threshold(),
          "/api/v1/reports/counsellor-coverage?on=" + r.on(), FiguresView.of(r.total(), labels),
          r.zones().stream().map(l -> LineView.of(l, labels)).toList(),
          r.schools().stream().map(l -> LineView.of(l, labels)).toList());
    }
  }

  /** One zone ({@code code} absent) or school: its id, 学校标识码 and name ({@code label}). */
  public record LineView(String id, String code, String label, FiguresView figures) {
    static LineView of(Line l, Labels labels) {
      return new LineView(l.id(), l.code(), l.label(), FiguresView.of(l.figures(), labels));
    }
  }

  /**
   * The figures: {@code filesOpen} is the total of {@code filesByLevel}; {@code filesByCategory} only for the
   * district (a file may have several categories); {@code careMarks} counts marked students per mark.
   */
  public record FiguresView(long enrolled, CountView filesOpen, BreakdownView filesByLevel,
      BreakdownView filesByCategory, BreakdownView careMarks, CountView overdueFollowUps, ScreeningView screening,
      ReferralsView referrals) {
    static FiguresView of(Figures f, Labels l) {
      return new FiguresView(f.enrolled(), CountView.of(f.filesByLevel().total()),
          BreakdownView.of(f.filesByLevel(), l::level),
          f.filesByCategory() == null ? null : BreakdownView.of(f.filesByCategory(), l::category),
          BreakdownView.of(f.careMarks(), k -> l.pick(CareMark.valueOf(k).label())),
          CountView.of(f.overdueFollowUps()),
          new ScreeningView(CountView.of(f.screeningByLevel().total()), BreakdownView.of(f.screeningByLevel(),
              l::level)),
          new ReferralsView(CountView.of(f.referralsByStatus().total()),
              BreakdownView.of(f.referralsByStatus(), k -> l.pick(ReferralStatus.valueOf(k).label())),
              BreakdownView.of(f.referralsByUrgency(), k -> l.pick(ReferralUrgency.valueOf(k).label())),
              CountView.of(f.emergencyPath()),
              BreakdownView.of(f.breachesByStep(), k -> l.pick(ReferralStep.valueOf(k).label()))));
    }
  }

  /** Students screened in the range, each by the level their latest result suggests ({@code NONE}: no band). */
  public record ScreeningView(CountView screened, BreakdownView bySuggestedLevel) {}

  /** Referrals opened in the range: status on {@code on}, urgency, on the emergency path, breached steps. */
  public record ReferralsView(CountView opened, BreakdownView byStatus, BreakdownView byUrgency,
      CountView emergencyPath, BreakdownView breachesByStep) {}

  /** One figure; {@code count} is null when suppressed (written out, not left off). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record CountView(Long count, boolean suppressed) {
    static CountView of(OptionalLong count) {
      return new CountView(count.isPresent() ? count.getAsLong() : null, count.isEmpty());
    }
  }

  /** A breakdown in its order (the seed's for levels and categories); {@code total} null when suppressed. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record BreakdownView(List<CellView> cells, Long total) {
    static BreakdownView of(SuppressedCounts counts, Function<String, String> label) {
      return new BreakdownView(counts.cells().stream().map(c -> new CellView(c.key(), label.apply(c.key()),
          c.count().isPresent() ? c.count().getAsLong() : null, c.suppressed())).toList(),
          counts.total().isPresent() ? counts.total().getAsLong() : null);
    }
  }

  /** One cell: its code, label in the caller's language (null for a code the seed no longer has), count. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record CellView(String key, String label, Long count, boolean suppressed) {}

  /** The labels of the seed's levels and categories in the caller's language. */
  static final class Labels {
    private final Language lang;
    private final Map<String, String> levels = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();

    Labels(MentalHealthReport r, Language lang) {
      this.lang = lang;
      for (MentalHealthSettings.LevelDefinition l : r.levels()) {
        levels.put(l.code(), lang.pick(l.label()));
      }
      levels.put(MentalHealthReportUseCase.NO_LEVEL, lang.pick(NO_LEVEL));
      for (MentalHealthSettings.CategoryDefinition c : r.categories()) {
        categories.put(c.code(), lang.pick(c.label()));
      }
    }

    String pick(Bilingual text) {
      return lang.pick(text);
    }

    String level(String code) {
      return levels.get(code);
    }

    String category(String code) {
      return categories.get(code);
    }
  }
}
