package org.jiaolianti.application.milestone.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.milestone.Figure;
import org.jiaolianti.domain.milestone.MilestoneLine;
import org.jiaolianti.domain.milestone.ShareBreakdown;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The milestone report as of a date (per target: target, actual, gap, status) and the establishment
 * share per zone or per town/street (二; MISSION §5).
 */
public interface MilestoneReportUseCase {

  MilestoneReport report(DistrictCode district, LocalDate asOf);

  List<CoverageLine> coverage(DistrictCode district, LocalDate asOf, ShareBreakdown.Grouping by);

  /** Every milestone target of the district's policy as of {@code asOf}. */
  record MilestoneReport(DistrictCode district, String policyVersion, LocalDate asOf, List<MilestoneLine> lines) {
    public MilestoneReport {
      lines = List.copyOf(lines);
    }
  }

  /** The share of one zone or town/street; {@code gap} is target − share (null when no target that year). */
  record CoverageLine(ShareBreakdown.Grouping grouping, String key, String name, Figure figure, BigDecimal target,
      BigDecimal gap) {}
}
