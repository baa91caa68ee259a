package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * A milestone of 二: one metric with its yearly targets in ascending years.
 *
 * <p>中文：主要目标（分年度目标）。依据：二
 */
public record MilestoneDefinition(MilestoneMetric metric, ClauseRef clause, String text, List<MilestoneTarget> targets) {

  public MilestoneDefinition {
    requireNonNull(metric, "metric");
    requireNonNull(clause, "clause");
    checkArgument(text != null && !text.isBlank(), "milestone %s: text must not be blank", metric);
    targets = ImmutableList.copyOf(targets);
    checkArgument(!targets.isEmpty(), "milestone %s has no target", metric);
    for (int i = 0; i < targets.size(); i++) {
      MilestoneTarget t = targets.get(i);
      checkArgument(t.metric() == metric, "target %s is for %s, not %s", t.year(), t.metric(), metric);
      if (i > 0) {
        MilestoneTarget previous = targets.get(i - 1);
        checkArgument(t.year() > previous.year(), "milestone %s: target years must ascend without repeats (%s after %s)",
            metric, t.year(), previous.year());
        checkArgument(metric == MilestoneMetric.EXCHANGE_EVENTS || t.value().compareTo(previous.value()) >= 0,
            "milestone %s: a cumulative target must not fall (%s in %s after %s in %s)",
            metric, t.value(), t.year(), previous.value(), previous.year());
      }
    }
  }

  public Optional<MilestoneTarget> targetFor(int year) {
    return targets.stream().filter(t -> t.year() == year).findFirst();
  }

  /** The target checked before {@code target}, if any. */
  public Optional<MilestoneTarget> previous(MilestoneTarget target) {
    int index = targets.indexOf(target);
    checkArgument(index >= 0, "%s is not a target of %s", target, metric);
    return index == 0 ? Optional.empty() : Optional.of(targets.get(index - 1));
  }
}
