package org.jiaolianti.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.EndMemberCommand;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.EstablishmentCondition;
import org.jiaolianti.domain.organization.EstablishmentResult;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.UnmetCondition;
import org.jiaolianti.domain.policy.Collaboration;
import org.junit.jupiter.api.Test;

/** "A school has established its 教联体" end to end: registered data in, the rule's result out. */
class AllianceStatusServiceTest {

  private static final LocalDate DEC_10 = LocalDate.of(2025, 12, 10);

  private final Scenario scenario = new Scenario();
  private final Town ownTown = scenario.town(XIANGAN, "350213001", "新店街道");
  private final Town otherTown = scenario.town(XIANGAN, "350213101", "新圩镇");
  private final School school = scenario.school("3502130001", "新店中心小学", ownTown);
  private final Partner ownCommunity = scenario.community("新店社区", ownTown);
  private final Partner otherCommunity = scenario.community("新圩社区", otherTown);
  private final Partner police = scenario.department(XIANGAN, "公安局翔安分局", TestPolicies.PUBLIC_SECURITY);
  private final Partner health = scenario.department(XIANGAN, "区卫健局", TestPolicies.HEALTH);

  private EstablishmentResult status(LocalDate asOf) {
    return scenario.app.allianceStatus().status(XIANGAN, school.id(), asOf).result();
  }

  private static List<EstablishmentCondition> unmet(EstablishmentResult result) {
    return result.unmet().stream().map(UnmetCondition::condition).toList();
  }

  /** Committee, zone, and agreements covering HOME_SCHOOL, COMMUNITY_EDUCATION (own town) and POLICE_SCHOOL. */
  private DockingAgreement buildEstablishedSchool() {
    scenario.fullCommittee(school, ISSUED);
    scenario.zone("新店实验区", school);
    scenario.sign(ownCommunity, Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION), ISSUED, school);
    return scenario.sign(police, Set.of(Collaboration.POLICE_SCHOOL), ISSUED, school).get(0);
  }

  @Test
  void aNewSchoolMeetsNoCondition() {
    EstablishmentResult result = status(DEC_10);

    assertThat(result.established()).isFalse();
    assertThat(unmet(result)).containsExactly(EstablishmentCondition.COMPLETE_COMMITTEE,
        EstablishmentCondition.ZONE_MEMBERSHIP, EstablishmentCondition.OWN_TOWN_AGREEMENT,
        EstablishmentCondition.COLLABORATION_COVERAGE);
    assertThat(result.unmet().get(0).detail().zh()).contains("校领导", "教师代表", "家长代表", "社区代表");
  }

  @Test
  void committeeZoneOwnTownAgreementAndThreeCollaborationsEstablishIt() {
    scenario.fullCommittee(school, ISSUED);
    assertThat(unmet(status(DEC_10))).doesNotContain(EstablishmentCondition.COMPLETE_COMMITTEE);
    scenario.zone("新店实验区", school);
    assertThat(unmet(status(DEC_10))).doesNotContain(EstablishmentCondition.ZONE_MEMBERSHIP);
    scenario.sign(ownCommunity, Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION), ISSUED, school);
    assertThat(unmet(status(DEC_10))).containsExactly(EstablishmentCondition.COLLABORATION_COVERAGE);

    scenario.sign(police, Set.of(Collaboration.POLICE_SCHOOL), ISSUED, school);

    EstablishmentResult result = status(DEC_10);
    assertThat(result.established()).isTrue();
    assertThat(result.unmet()).isEmpty();
    assertThat(result.coveredCollaborations()).containsExactlyInAnyOrder(Collaboration.HOME_SCHOOL,
        Collaboration.COMMUNITY_EDUCATION, Collaboration.POLICE_SCHOOL);
    assertThat(scenario.app.allianceStatus().status(XIANGAN, school.id(), DEC_10).school()).isEqualTo(school);
    assertThat(status(ISSUED.minusDays(1)).established()).isFalse();
  }

  @Test
  void voidingAnAgreementUndoesTheEstablishmentForEveryDate() {
    DockingAgreement policeAgreement = buildEstablishedSchool();
    assertThat(status(DEC_10).established()).isTrue();

    scenario.voidAgreement(policeAgreement);

    EstablishmentResult result = status(DEC_10);
    assertThat(result.established()).isFalse();
    assertThat(unmet(result)).containsExactly(EstablishmentCondition.COLLABORATION_COVERAGE);
    assertThat(result.coveredCollaborations()).containsExactlyInAnyOrder(Collaboration.HOME_SCHOOL,
        Collaboration.COMMUNITY_EDUCATION);
    assertThat(result.unmet().get(0).detail().en()).contains("2 collaborations", "3 needed");
  }

  @Test
  void theResultMovesWithTheData() {
    DockingAgreement policeAgreement = buildEstablishedSchool();
    scenario.voidAgreement(policeAgreement);
    LocalDate february = LocalDate.of(2026, 2, 1);

    scenario.sign(health, Set.of(Collaboration.MEDICAL_EDUCATION), february, school);
    assertThat(status(february.minusDays(1)).established()).isFalse();
    assertThat(status(february).established()).isTrue();

    CommitteeMember parent = scenario.app.organization().committee(XIANGAN, school.id()).stream()
        .filter(m -> m.kind() == CommitteeMemberKind.PARENT_REP).findFirst().orElseThrow();
    scenario.app.committees().end(new EndMemberCommand("350213", parent.id().value(), LocalDate.of(2026, 6, 30)));

    assertThat(status(LocalDate.of(2026, 6, 30)).established()).isTrue();
    EstablishmentResult july = status(LocalDate.of(2026, 7, 1));
    assertThat(unmet(july)).containsExactly(EstablishmentCondition.COMPLETE_COMMITTEE);
    assertThat(july.unmet().get(0).detail().zh()).contains("家长代表").doesNotContain("校领导");
  }

  @Test
  void agreementsOnlyWithAnotherTownDoNotCountAsOwnTown() {
    scenario.fullCommittee(school, ISSUED);
    scenario.zone("新店实验区", school);
    scenario.sign(otherCommunity, Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION,
        Collaboration.VENUE_SCHOOL), ISSUED, school);

    assertThat(unmet(status(DEC_10))).containsExactly(EstablishmentCondition.OWN_TOWN_AGREEMENT);
  }
}
