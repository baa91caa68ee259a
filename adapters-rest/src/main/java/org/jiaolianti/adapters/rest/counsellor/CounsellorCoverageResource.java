package org.jiaolianti.adapters.rest.counsellor;

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
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.Coverage;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.domain.organization.School;

/**
 * The counsellor coverage report (心理健康教师配备率, 五(二)3): the schools open on a day with and without a full- or
 * part-time mental-health teacher, the share, the seed target (default 0.95 — the national action plan's, not the
 * policy text's) and the gap. Counts and school names only, never people.
 */
@Path("/api/v1/reports/counsellor-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "数据分析 — district reports")
public final class CounsellorCoverageResource {

  private final CounsellorsUseCase counsellors;

  public CounsellorCoverageResource(CounsellorsUseCase counsellors) {
    this.counsellors = requireNonNull(counsellors, "counsellors");
  }

  /** A school in the report: id, code and name only. */
  public record SchoolRow(String id, String code, String name) {
    static List<SchoolRow> of(List<School> schools) {
      return schools.stream().map(s -> new SchoolRow(s.id().value(), s.code(), s.name())).toList();
    }
  }

  /** The report. */
  public record CoverageView(LocalDate on, int schools, int covered, int withFullTimeCount,
      int withPartTimeOnlyCount, int withoutCount, List<SchoolRow> withFullTime, List<SchoolRow> withPartTimeOnly,
      List<SchoolRow> without, BigDecimal share, BigDecimal target, BigDecimal gap, boolean met, String clause) {
    static CoverageView of(Coverage c) {
      int full = c.withFullTime().size();
      int part = c.withPartTimeOnly().size();
      int none = c.without().size();
      return new CoverageView(c.on(), full + part + none, full + part, full, part, none,
          SchoolRow.of(c.withFullTime()), SchoolRow.of(c.withPartTimeOnly()), SchoolRow.of(c.without()), c.share(),
          c.target(), c.gap(), c.met(), CounsellorResource.CLAUSE);
    }
  }

  @GET
  @Operation(summary = "Schools with and without a full- or part-time mental-health teacher on a day (五(二)3)",
      responses = {
          @ApiResponse(responseCode = "200", description = "the report"),
          @ApiResponse(responseCode = "400", description = "on missing or not a date"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads the coverage report")})
  public CoverageView coverage(@Context SecurityContext sc, @QueryParam("on") String on) {
    LocalDate day = QueryParams.date("on", on, null);
    if (day == null) {
      throw InvalidInputException.of("on", "NotNull", "须指定日期（on）", "on (a date) is required");
    }
    return CoverageView.of(counsellors.coverage(ActorPrincipal.of(sc), day));
  }
}
