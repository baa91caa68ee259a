package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One district's policy, loaded from its seed: the aggregate every policy query starts from.
 * {@link #create} checks that everything the document cross-references exists.
 *
 * <p>中文：一个区的“教联体”工作方案（政策数据）。
 */
public final class Policy {

  private final PolicyDocument document;
  private final List<PolicyUnit> units;
  private final List<PolicyText> sections;
  private final List<Subject> subjects;
  private final List<PolicyText> mechanism;
  private final List<CollaborationSection> collaborations;
  private final List<PolicyText> guarantees;
  private final List<MilestoneDefinition> milestones;
  private final LocalSettings localSettings;
  private final Map<UnitCode, PolicyUnit> unitsByCode;
  private final Map<MeasureCode, Measure> measuresByCode;

  private Policy(Builder b) {
    this.document = requireNonNull(b.document, "document");
    this.units = ImmutableList.copyOf(b.units);
    this.sections = ImmutableList.copyOf(b.sections);
    this.subjects = ImmutableList.copyOf(b.subjects);
    this.mechanism = ImmutableList.copyOf(b.mechanism);
    this.collaborations = ImmutableList.copyOf(b.collaborations);
    this.guarantees = ImmutableList.copyOf(b.guarantees);
    this.milestones = ImmutableList.copyOf(b.milestones);
    this.localSettings = requireNonNull(b.localSettings, "localSettings");
    this.unitsByCode = unique(units, PolicyUnit::code, "unit code");
    this.measuresByCode = unique(measures(), Measure::code, "measure code");
    checkReferences();
  }

  /** Builds a policy and checks its cross-references; throws IllegalArgumentException naming the problem. */
  public static Policy create(Builder builder) {
    return new Policy(builder);
  }

  public static Builder builder() {
    return new Builder();
  }

  private void checkReferences() {
    checkArgument(!units.isEmpty(), "a policy needs at least one signing unit");
    Set<UnitCode> withDuty = new HashSet<>();
    Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
    for (Subject subject : subjects) {
      checkArgument(kinds.add(subject.kind()), "subject kind %s appears twice", subject.kind());
      for (DutyStatement duty : subject.duties()) {
        for (UnitCode unit : duty.units()) {
          checkArgument(unitsByCode.containsKey(unit), "duty %s names unknown unit %s", duty.clause(), unit);
          withDuty.add(unit);
        }
      }
    }
    for (PolicyUnit unit : units) {
      checkArgument(withDuty.contains(unit.code()), "signing unit %s (%s) has no duty statement", unit.code(), unit.name());
    }
    Set<Collaboration> seen = EnumSet.noneOf(Collaboration.class);
    for (CollaborationSection section : collaborations) {
      checkArgument(seen.add(section.collaboration()), "collaboration %s appears twice", section.collaboration());
      for (Measure measure : section.measures()) {
        for (UnitCode unit : measure.responsibleUnits()) {
          checkArgument(unitsByCode.containsKey(unit), "measure %s names unknown unit %s", measure.code(), unit);
        }
      }
    }
    checkArgument(!collaborations.isEmpty(), "a policy needs at least one collaboration with measures");
    unique(milestones, MilestoneDefinition::metric, "milestone metric");
    for (MilestoneDefinition m : milestones) {
      checkArgument(m.targets().get(0).year() >= document.issueDate().getYear(),
          "milestone %s has a target year before the issue date %s", m.metric(), document.issueDate());
    }
  }

  private static <K, V> Map<K, V> unique(List<V> values, Function<V, K> key, String what) {
    Map<K, V> map = new java.util.LinkedHashMap<>();
    for (V v : values) {
      checkArgument(map.put(key.apply(v), v) == null, "%s %s appears twice", what, key.apply(v));
    }
    return ImmutableMap.copyOf(map);
  }

  public PolicyDocument document() {
    return document;
  }

  public DistrictCode district() {
    return document.district();
  }

  public List<PolicyUnit> units() {
    return units;
  }

  public Optional<PolicyUnit> unit(UnitCode code) {
    return Optional.ofNullable(unitsByCode.get(code));
  }

  public List<PolicyText> sections() {
    return sections;
  }

  public List<Subject> subjects() {
    return subjects;
  }

  public Optional<Subject> subject(SubjectKind kind) {
    return subjects.stream().filter(s -> s.kind() == kind).findFirst();
  }

  public List<PolicyText> mechanism() {
    return mechanism;
  }

  public List<CollaborationSection> collaborations() {
    return collaborations;
  }

  public List<PolicyText> guarantees() {
    return guarantees;
  }

  public List<MilestoneDefinition> milestones() {
    return milestones;
  }

  public Optional<MilestoneDefinition> milestone(MilestoneMetric metric) {
    return milestones.stream().filter(m -> m.metric() == metric).findFirst();
  }

  public LocalSettings localSettings() {
    return localSettings;
  }

  /** Every measure of 五 in printed order. */
  public List<Measure> measures() {
    return collaborations.stream().flatMap(c -> c.measures().stream()).collect(ImmutableList.toImmutableList());
  }

  public Optional<Measure> measure(MeasureCode code) {
    return Optional.ofNullable(measuresByCode.get(code));
  }

  /** The duty statements of 三(二) that name {@code unit}. "What must unit X do?" */
  public List<DutyStatement> dutiesOf(UnitCode unit) {
    return subjects.stream()
        .flatMap(s -> s.duties().stream())
        .filter(d -> d.units().contains(unit))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every passage of the document whose clause lies within {@code clause}. "Which clause says so?" */
  public List<ClauseRef> clausesWithin(ClauseRef clause) {
    return allClauses().stream().filter(c -> c.isWithin(clause)).sorted().collect(ImmutableList.toImmutableList());
  }

  private Set<ClauseRef> allClauses() {
    Set<ClauseRef> all = new java.util.TreeSet<>();
    sections.forEach(s -> all.add(s.clause()));
    subjects.forEach(s -> s.duties().forEach(d -> all.add(d.clause())));
    mechanism.forEach(m -> all.add(m.clause()));
    collaborations.forEach(c -> c.measures().forEach(m -> all.add(m.clause())));
    guarantees.forEach(g -> all.add(g.clause()));
    milestones.forEach(m -> all.add(m.clause()));
    return all;
  }

  public DutyMatrix dutyMatrix() {
    return new DutyMatrix(units, measures());
  }

  @Override
  public String toString() {
    return "Policy[" + document.policyVersion() + ", " + document.district() + ", "
        + units.size() + " units, " + measures().size() + " measures]";
  }

  /** Collects the parts of a policy; {@link Policy#create} checks them. */
  public static final class Builder {
    private PolicyDocument document;
    private List<PolicyUnit> units = List.of();
    private List<PolicyText> sections = List.of();
    private List<Subject> subjects = List.of();
    private List<PolicyText> mechanism = List.of();
    private List<CollaborationSection> collaborations = List.of();
    private List<PolicyText> guarantees = List.of();
    private List<MilestoneDefinition> milestones = List.of();
    private LocalSettings localSettings = LocalSettings.defaults();

    private Builder() {}

    public Builder document(PolicyDocument document) {
      this.document = document;
      return this;
    }

    public Builder units(List<PolicyUnit> units) {
      this.units = units;
      return this;
    }

    public Builder sections(List<PolicyText> sections) {
      this.sections = sections;
      return this;
    }

    public Builder subjects(List<Subject> subjects) {
      this.subjects = subjects;
      return this;
    }

    public Builder mechanism(List<PolicyText> mechanism) {
      this.mechanism = mechanism;
      return this;
    }

    public Builder collaborations(List<CollaborationSection> collaborations) {
      this.collaborations = collaborations;
      return this;
    }

    public Builder guarantees(List<PolicyText> guarantees) {
      this.guarantees = guarantees;
      return this;
    }

    public Builder milestones(List<MilestoneDefinition> milestones) {
      this.milestones = milestones;
      return this;
    }

    public Builder localSettings(LocalSettings localSettings) {
      this.localSettings = localSettings;
      return this;
    }

    public Policy build() {
      return Policy.create(this);
    }
  }
}
