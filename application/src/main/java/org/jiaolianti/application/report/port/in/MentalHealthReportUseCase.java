package org.jiaolianti.application.report.port.in;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings.CategoryDefinition;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings.LevelDefinition;
import org.jiaolianti.domain.report.SuppressedCounts;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The mental-health report (医教互促 数据分析, 五(二)1–2; issue 6 "aggregates only, with small counts (<5) suppressed"):
 * per school, per zone and for the district, counts only — files open per level, care marks, overdue follow-ups,
 * screening in {@code from}–{@code to} per suggested level, referrals opened in {@code from}–{@code to} per status
 * and urgency, on the emergency path and breaching a time limit. Every figure below the seed threshold
 * ({@code mentalHealth.smallCountThreshold}) is withheld, with secondary suppression so that none comes back by
 * subtraction ({@link org.jiaolianti.domain.report.SuppressedTable}). Never a student, a name or any text.
 * {@code READ_MENTAL_HEALTH_REPORT} on the caller's district; each read leaves one audit event. Counsellor
 * coverage is its own report ({@code CounsellorsUseCase.coverage}).
 *
 * <p>中文：心理健康统计报表（仅汇总，小数值抑制）。依据：五(二)1、五(二)2
 */
public interface MentalHealthReportUseCase {

  /** The longest range one report covers, in days (as the home–school report). */
  int MAX_DAYS = HomeSchoolReportUseCase.MAX_DAYS;
  /** The screening key of a score in no band of its scale (or of a scale the seed no longer knows). */
  String NO_LEVEL = "NONE";

  /**
   * The report as of the end of {@code on} (files, marks, follow-ups, breaches) over the days {@code from}–{@code to}
   * (screening and referrals opened; inclusive, in the district's time zone).
   *
   * @throws org.jiaolianti.application.shared.InvalidInputException naming {@code on} if it is after today,
   *     {@code to} if it is before {@code from} or the range is longer than {@link #MAX_DAYS}
   * @throws org.jiaolianti.application.shared.ForbiddenException if no role of the caller reads the report
   */
  MentalHealthReport report(Actor actor, LocalDate on, LocalDate from, LocalDate to);

  /**
   * The report: the district's figures, one line per zone (its lead and member schools on {@code on}) and one per
   * school (in code order), with the seed's levels and categories for the labels and the threshold applied.
   */
  record MentalHealthReport(DistrictCode district, LocalDate on, LocalDate from, LocalDate to, int threshold,
      Figures total, List<Line> zones, List<Line> schools, List<LevelDefinition> levels,
      List<CategoryDefinition> categories) {
    public MentalHealthReport {
      requireNonNull(total, "total");
      zones = List.copyOf(zones);
      schools = List.copyOf(schools);
      levels = List.copyOf(levels);
      categories = List.copyOf(categories);
    }
  }

  /** One zone's or school's figures; {@code label} is its name, {@code code} the school's 学校标识码 (null for a zone). */
  record Line(String id, String code, String label, Figures figures) {}

  /**
   * The figures of a school, a zone or the district. Breakdown totals: {@code filesByLevel} — files open;
   * {@code screeningByLevel} — students screened (each by their latest result in the range); {@code referralsByStatus}
   * and {@code referralsByUrgency} — referrals opened; {@code careMarks} — marks (a student with two marks counts in
   * both cells); {@code filesByCategory} — categories given (a file may have several); {@code breachesByStep} —
   * breached steps (a referral may breach several).
   *
   * @param enrolled students on the roll (not mental-health data: shown as it is)
   * @param filesByCategory the district's only (null for a school or zone: too fine to be worth the suppression)
   */
  record Figures(long enrolled, SuppressedCounts filesByLevel, SuppressedCounts filesByCategory,
      SuppressedCounts careMarks, OptionalLong overdueFollowUps, SuppressedCounts screeningByLevel,
      SuppressedCounts referralsByStatus, SuppressedCounts referralsByUrgency, OptionalLong emergencyPath,
      SuppressedCounts breachesByStep) {
    public Figures {
      requireNonNull(filesByLevel, "filesByLevel");
      requireNonNull(careMarks, "careMarks");
      requireNonNull(overdueFollowUps, "overdueFollowUps");
      requireNonNull(screeningByLevel, "screeningByLevel");
      requireNonNull(referralsByStatus, "referralsByStatus");
      requireNonNull(referralsByUrgency, "referralsByUrgency");
      requireNonNull(emergencyPath, "emergencyPath");
      requireNonNull(breachesByStep, "breachesByStep");
    }
  }
}
