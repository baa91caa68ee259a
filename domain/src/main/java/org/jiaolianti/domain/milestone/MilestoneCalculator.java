package org.jiaolianti.domain.milestone;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.domain.organization.EstablishmentRule;
import org.jiaolianti.domain.organization.SchoolAllianceFacts;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.policy.MilestoneDefinition;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.MilestoneTarget;
import org.jiaolianti.domain.policy.Policy;

/**
 * Computes the milestones of 二 from the records, as of any date (MISSION §5):
 * <ul>
 *   <li>before the policy's issue date: NOT_STARTED;
 *   <li>before a target's deadline: MET if the actual already reaches it, ON_TRACK if it reaches the
 *       {@link StraightLine straight line}, otherwise AT_RISK;
 *   <li>on or after the deadline: MET or MISSED on the data valid at the deadline;
 *   <li>a closed year's figures are the official ones; today's data show as differences.
 * </ul>
 * The establishment share counts schools open on the date whose type the seed counts; typical cases
 * are cumulative from the issue date; exchange events count within the target's year.
 *
 * <p>中文：主要目标测算。依据：二
 */
public final class MilestoneCalculator {

  private final Policy policy;
  private final EstablishmentRule rule;

  public MilestoneCalculator(Policy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.rule = new EstablishmentRule(policy.localSettings().establishment());
  }

  /** Every target of every milestone as of {@code asOf}, using closed years' figures where closed. */
  public List<MilestoneLine> report(MilestoneFacts facts, LocalDate asOf, Collection<YearClosing> allClosings) {
    // Only this district's closings count, whatever the caller passes.
    List<YearClosing> closings = allClosings.stream().filter(c -> c.district().equals(policy.district()))
        .collect(Collectors.toList());
    ImmutableList.Builder<MilestoneLine> lines = ImmutableList.builder();
    for (MilestoneDefinition definition : policy.milestones()) {
      for (MilestoneTarget target : definition.targets()) {
        lines.add(line(definition, target, facts, asOf, closings));
      }
    }
    return lines.build();
  }

  private MilestoneLine line(MilestoneDefinition definition, MilestoneTarget target, MilestoneFacts facts,
      LocalDate asOf, Collection<YearClosing> closings) {
    LocalDate issueDate = policy.document().issueDate();
    LocalDate deadline = target.deadline();
    boolean due = !asOf.isBefore(deadline);
    LocalDate measuredOn = due ? deadline : asOf;
    Figure now = measure(definition.metric(), target, facts, measuredOn);

    Optional<ClosedFigure> frozen = due
        ? closings.stream().filter(c -> c.year() == target.year()).findFirst().flatMap(c -> c.figure(definition.metric()))
        : Optional.empty();
    MilestoneLine.Closed closed = frozen.map(f -> compare(closings, target.year(), f.figure(), now)).orElse(null);
    Figure actual = frozen.map(ClosedFigure::figure).orElse(now);

    BigDecimal expected = null;
    MilestoneStatus status;
    if (asOf.isBefore(issueDate)) {
      status = MilestoneStatus.NOT_STARTED;
    } else if (due) {
      status = actual.reaches(target.value()) ? MilestoneStatus.MET : MilestoneStatus.MISSED;
    } else {
      expected = StraightLine.expectedOn(definition, target, issueDate, asOf);
      if (actual.reaches(target.value())) {
        status = MilestoneStatus.MET;
      } else {
        status = actual.value().compareTo(expected) >= 0 ? MilestoneStatus.ON_TRACK : MilestoneStatus.AT_RISK;
      }
    }
    return new MilestoneLine(definition.metric(), target.year(), definition.clause(), deadline, target.value(), actual,
        target.value().subtract(actual.value()), status, measuredOn, expected, closed);
  }

  private static MilestoneLine.Closed compare(Collection<YearClosing> closings, int year, Figure frozen, Figure now) {
    YearClosing closing = closings.stream().filter(c -> c.year() == year).findFirst().orElseThrow();
    Set<String> before = new HashSet<>(frozen.records());
    Set<String> after = new HashSet<>(now.records());
    List<String> added = now.records().stream().filter(r -> !before.contains(r)).collect(Collectors.toList());
    List<String> removed = frozen.records().stream().filter(r -> !after.contains(r)).collect(Collectors.toList());
    return new MilestoneLine.Closed(closing.closedAt(), closing.closedBy(), now, now.value().subtract(frozen.value()),
        added, removed);
  }

  /** The figures to freeze when {@code year} is closed: each target of that year, measured at its deadline. */
  public List<ClosedFigure> figuresToClose(MilestoneFacts facts, int year) {
    List<ClosedFigure> figures = new ArrayList<>();
    for (MilestoneDefinition definition : policy.milestones()) {
      definition.targetFor(year).ifPresent(target -> figures.add(new ClosedFigure(definition.metric(), year,
          target.value(), measure(definition.metric(), target, facts, target.deadline()))));
    }
    return figures;
  }

  /** The figure of {@code metric} on {@code date}, for the period {@code target} measures. */
  public Figure measure(MilestoneMetric metric, MilestoneTarget target, MilestoneFacts facts, LocalDate date) {
    LocalDate issueDate = policy.document().issueDate();
    return switch (metric) {
      case ESTABLISHMENT_SHARE -> share(facts.schools(), date);
      case TYPICAL_CASES -> Figure.count(facts.cases().stream()
          .filter(c -> c.countsOn(date) && !c.selectedOn().isBefore(issueDate))
          .map(c -> c.id().value()).collect(Collectors.toList()));
      case EXCHANGE_EVENTS -> {
        LocalDate yearStart = LocalDate.of(target.year(), 1, 1);
        LocalDate from = yearStart.isBefore(issueDate) ? issueDate : yearStart;
        LocalDate to = date.isBefore(target.deadline()) ? date : target.deadline();
        yield Figure.count(facts.events().stream().filter(e -> e.countsWithin(from, to))
            .map(e -> e.id().value()).collect(Collectors.toList()));
      }
    };
  }

  /** The establishment share of {@code schools} on {@code date}: counted = open and of a counted type. */
  public Figure share(Collection<SchoolAllianceFacts> schools, LocalDate date) {
    long counted = 0;
    List<String> established = new ArrayList<>();
    for (SchoolAllianceFacts s : schools) {
      if (!counts(s, date)) {
        continue;
      }
      counted++;
      if (rule.evaluate(s, date).established()) {
        established.add(s.school().id().value());
      }
    }
    return Figure.share(established.size(), counted, established);
  }

  /** The share per zone (keyed by zone id) and per town/street (keyed by town code) on {@code date}. */
  public List<ShareBreakdown> breakdown(MilestoneFacts facts, LocalDate date, ShareBreakdown.Grouping grouping) {
    Function<SchoolAllianceFacts, Optional<String>> key = grouping == ShareBreakdown.Grouping.TOWN
        ? s -> Optional.of(s.school().town().value())
        : s -> s.zoneMemberships().stream().filter(m -> m.countsOn(date)).map(ZoneMembership::zone).findFirst()
            .map(z -> z.value());
    Map<String, List<SchoolAllianceFacts>> groups = new LinkedHashMap<>();
    for (SchoolAllianceFacts s : facts.schools()) {
      key.apply(s).ifPresent(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
    }
    BigDecimal target = policy.milestone(MilestoneMetric.ESTABLISHMENT_SHARE)
        .flatMap(d -> d.targetFor(date.getYear())).map(MilestoneTarget::value).orElse(null);
    return groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new ShareBreakdown(grouping, e.getKey(), share(e.getValue(), date), target))
        .collect(ImmutableList.toImmutableList());
  }

  private boolean counts(SchoolAllianceFacts s, LocalDate date) {
    return s.school().isOpenOn(date) && policy.localSettings().countedSchoolTypes().contains(s.school().type());
  }

  public EstablishmentRule establishmentRule() {
    return rule;
  }
}
