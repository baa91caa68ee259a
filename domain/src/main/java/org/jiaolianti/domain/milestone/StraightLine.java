package org.jiaolianti.domain.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.domain.policy.MilestoneDefinition;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.MilestoneTarget;

/**
 * The straight-line rule: before a target's deadline, the expected value on a date lies on the line
 * from the previous checkpoint (the previous target at its deadline, or 0 at the issue date) to the
 * target at its deadline. A date before the previous checkpoint falls on the earlier segments of the
 * same path (0 at issue → each target at its deadline). For a per-year count (exchange events) the
 * line runs from 0 on 1 January of the target's year (or the issue date, if later).
 *
 * <p>中文：按时间进度直线推算的应达值。依据：二；规则见 MISSION §5
 */
public final class StraightLine {

  private record Point(LocalDate date, BigDecimal value) {}

  private StraightLine() {}

  public static BigDecimal expectedOn(MilestoneDefinition definition, MilestoneTarget target, LocalDate issueDate, LocalDate date) {
    List<Point> path = new ArrayList<>();
    if (definition.metric() == MilestoneMetric.EXCHANGE_EVENTS) {
      LocalDate start = LocalDate.of(target.year(), 1, 1);
      path.add(new Point(start.isBefore(issueDate) ? issueDate : start, BigDecimal.ZERO));
      path.add(new Point(target.deadline(), target.value()));
    } else {
      path.add(new Point(issueDate, BigDecimal.ZERO));
      for (MilestoneTarget t : definition.targets()) {
        path.add(new Point(t.deadline(), t.value()));
        if (t.equals(target)) {
          break;
        }
      }
    }
    if (!date.isAfter(path.get(0).date())) {
      return path.get(0).value();
    }
    for (int i = 1; i < path.size(); i++) {
      Point from = path.get(i - 1);
      Point to = path.get(i);
      if (!date.isAfter(to.date())) {
        long span = ChronoUnit.DAYS.between(from.date(), to.date());
        if (span <= 0) {
          return to.value();
        }
        long elapsed = ChronoUnit.DAYS.between(from.date(), date);
        return from.value().add(to.value().subtract(from.value())
            .multiply(BigDecimal.valueOf(elapsed))
            .divide(BigDecimal.valueOf(span), 6, RoundingMode.HALF_EVEN));
      }
    }
    return target.value();
  }
}
