package org.jiaolianti.application.report.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.report.HomeSchoolFigures;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The home–school report (数据分析, 五(一)2 家校互动云平台): per school, per zone and for the district over the
 * days {@code from}–{@code to} (inclusive, in the district's time zone): notice read and confirm rates,
 * activity participation, feedback response times and overdue counts (三(三)3), parent-mentor hours (五(一)3)
 * and guidance-column learning. Counts only, no person; {@code READ_REPORTS} on the caller's district.
 *
 * <p>中文：家校互动数据分析。
 */
public interface HomeSchoolReportUseCase {

  /** The longest range one report covers, in days (a school year and a little). */
  int MAX_DAYS = 400;

  /**
   * @throws org.jiaolianti.application.shared.InvalidInputException if {@code to} is before {@code from} or
   *     the range is longer than {@link #MAX_DAYS}
   */
  HomeSchoolReport report(Actor actor, LocalDate from, LocalDate to);

  /**
   * The report: the district's figures, one line per zone (its lead and member schools on {@code to}) and one
   * per school, zones and schools in code/name order.
   */
  record HomeSchoolReport(DistrictCode district, LocalDate from, LocalDate to, LocalDate asOf,
      HomeSchoolFigures total, List<Line> zones, List<Line> schools) {
    public HomeSchoolReport {
      zones = List.copyOf(zones);
      schools = List.copyOf(schools);
    }
  }

  /** One zone's or school's figures. */
  record Line(String id, String name, HomeSchoolFigures figures) {}
}
