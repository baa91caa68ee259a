package org.jiaolianti.domain.milestone;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jiaolianti.domain.policy.MilestoneMetric;

/** A figure frozen when its year was closed: target, and the figure with the records behind it. */
public record ClosedFigure(MilestoneMetric metric, int year, BigDecimal target, Figure figure) {
  public ClosedFigure {
    requireNonNull(metric, "metric");
    requireNonNull(target, "target");
    requireNonNull(figure, "figure");
  }
}
