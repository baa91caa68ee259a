package org.jiaolianti.domain.organization;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.organization.SchoolAllianceFacts.AgreementWithPartner;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.EstablishmentSettings;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * "A school has established its 教联体 on a date" when every switched-on condition holds on that
 * date (MISSION §4). The thresholds are the seed's local settings; the result names each unmet
 * condition with what is missing.
 *
 * <p>中文：“教联体”建成判定规则。依据：四(一)、四(二)、五(一)1；阈值为本地设置
 */
public final class EstablishmentRule {

  private final EstablishmentSettings settings;

  public EstablishmentRule(EstablishmentSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  public EstablishmentSettings settings() {
    return settings;
  }

  /** The conditions this rule checks, in order. */
  public List<EstablishmentCondition> activeConditions() {
    List<EstablishmentCondition> active = new ArrayList<>(List.of(EstablishmentCondition.SCHOOL_OPEN));
    if (settings.requireCompleteCommittee()) {
      active.add(EstablishmentCondition.COMPLETE_COMMITTEE);
    }
    if (settings.requireZoneMembership()) {
      active.add(EstablishmentCondition.ZONE_MEMBERSHIP);
    }
    if (settings.requireOwnTownAgreement()) {
      active.add(EstablishmentCondition.OWN_TOWN_AGREEMENT);
    }
    if (settings.requireCollaborationCoverage()) {
      active.add(EstablishmentCondition.COLLABORATION_COVERAGE);
    }
    return List.copyOf(active);
  }

  public EstablishmentResult evaluate(SchoolAllianceFacts facts, LocalDate date) {
    List<UnmetCondition> unmet = new ArrayList<>();
    School school = facts.school();
    List<AgreementWithPartner> active = facts.agreements().stream()
        .filter(a -> a.agreement().countsOn(date))
        .collect(Collectors.toList());
    Set<Collaboration> covered = EnumSet.noneOf(Collaboration.class);
    active.forEach(a -> covered.addAll(a.agreement().collaborations()));

    if (!school.isOpenOn(date)) {
      unmet.add(new UnmetCondition(EstablishmentCondition.SCHOOL_OPEN,
          Bilingual.of("该校在 " + date + " 未开办", "the school is not open on " + date)));
    }
    if (settings.requireCompleteCommittee()) {
      Set<CommitteeMemberKind> missing = facts.committee().missingKindsOn(date);
      if (!missing.isEmpty()) {
        unmet.add(new UnmetCondition(EstablishmentCondition.COMPLETE_COMMITTEE, Bilingual.of(
            "共育委员会缺少：" + missing.stream().map(k -> k.label().zh()).collect(Collectors.joining("、")),
            "the committee lacks: " + missing.stream().map(k -> k.label().en()).collect(Collectors.joining(", ")))));
      }
    }
    if (settings.requireZoneMembership() && facts.zoneMemberships().stream().noneMatch(m -> m.countsOn(date))) {
      unmet.add(new UnmetCondition(EstablishmentCondition.ZONE_MEMBERSHIP,
          Bilingual.of("该校在 " + date + " 不属于任何实验区", "the school is in no experimental zone on " + date)));
    }
    if (settings.requireOwnTownAgreement() && active.stream().noneMatch(a -> a.partner().isOfTown(school.town()))) {
      unmet.add(new UnmetCondition(EstablishmentCondition.OWN_TOWN_AGREEMENT, Bilingual.of(
          "没有与所在镇(街) " + school.town() + " 或其社区的有效对接机制",
          "no active docking agreement with its own town/street " + school.town() + " or a community in it")));
    }
    if (settings.requireCollaborationCoverage() && covered.size() < settings.minCollaborations()) {
      unmet.add(new UnmetCondition(EstablishmentCondition.COLLABORATION_COVERAGE, Bilingual.of(
          "有效对接机制覆盖 " + covered.size() + " 个协同领域，至少需要 " + settings.minCollaborations() + " 个",
          "active agreements cover " + covered.size() + " collaborations; at least " + settings.minCollaborations() + " needed")));
    }
    return new EstablishmentResult(school.id(), date, unmet, covered);
  }
}
