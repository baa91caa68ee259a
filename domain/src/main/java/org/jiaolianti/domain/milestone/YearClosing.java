package org.jiaolianti.domain.milestone;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A closed year (年度考核): the year's milestone figures and the records behind them, stored when
 * the district closed it; they no longer move. Later changes to that year's data show as
 * differences against these figures.
 *
 * <p>中文：年度考核结果（关账）。依据：二、六(四)
 */
public record YearClosing(DistrictCode district, int year, Instant closedAt, String closedBy, List<ClosedFigure> figures) {

  public YearClosing {
    requireNonNull(district, "district");
    requireNonNull(closedAt, "closedAt");
    checkArgument(closedBy != null && !closedBy.isBlank(), "closedBy must not be blank");
    figures = ImmutableList.copyOf(figures);
    for (ClosedFigure f : figures) {
      checkArgument(f.year() == year, "figure for %s in the closing of %s", f.year(), year);
    }
  }

  public Optional<ClosedFigure> figure(MilestoneMetric metric) {
    return figures.stream().filter(f -> f.metric() == metric).findFirst();
  }

  /**
   * A year may be closed once, after its deadline (31 December) has passed, and only if the policy
   * sets a target in it.
   */
  public static Decision canClose(int year, LocalDate today, boolean policyHasTargetInYear, Collection<YearClosing> existing) {
    ClauseRef clause = ClauseRef.of("六(四)");
    if (!today.isAfter(LocalDate.of(year, 12, 31))) {
      return Decision.rejected("CLOSE_AFTER_YEAR_END",
          Bilingual.of(year + " 年度尚未结束，须在次年方可关账", "the year " + year + " can be closed only after 31 December"), clause);
    }
    if (!policyHasTargetInYear) {
      return Decision.rejected("YEAR_HAS_TARGETS",
          Bilingual.of("工作方案在 " + year + " 年没有目标", "the policy sets no target in " + year), ClauseRef.of("二"));
    }
    if (existing.stream().anyMatch(c -> c.year() == year)) {
      return Decision.rejected("CLOSE_ONCE",
          Bilingual.of(year + " 年度已关账，结果不再变动", "the year " + year + " is already closed"), clause);
    }
    return Decision.allowed();
  }
}
