package org.jiaolianti.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.MilestoneTarget;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyText;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.SubjectKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.ClauseRef;
import org.junit.jupiter.api.Test;

/** The bundled Xiang'an seed holds the whole document, each item with its clause. */
class XianganSeedTest {

  private final Policy policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();

  @Test
  void documentFacts() {
    var doc = policy.document();
    assertThat(doc.policyVersion()).isEqualTo("xiangan-2025");
    assertThat(doc.district().value()).isEqualTo("350213");
    assertThat(doc.districtName().zh()).isEqualTo("翔安区");
    assertThat(doc.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(doc.documentNumber()).isEqualTo("厦翔教〔2025〕200号");
    assertThat(doc.indexNumber()).isEqualTo("XM06104-08-00-2025-014");
    assertThat(doc.issuer()).isEqualTo("厦门市翔安区教育局");
    assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(doc.title().zh()).isEqualTo("翔安区家校社协同育人“教联体”工作方案");
  }

  @Test
  void fifteenSigningUnitsInSignatureOrder() {
    assertThat(policy.units()).hasSize(15);
    assertThat(policy.units().get(0).name()).isEqualTo("区教育局");
    assertThat(policy.units().get(14).fullName()).isEqualTo("厦门市翔安区关心下一代工作委员会");
  }

  @Test
  void subjectsAndDutyStatementsOfSectionThree() {
    assertThat(policy.subjects()).extracting(s -> s.kind()).containsExactly(SubjectKind.GOVERNMENT,
        SubjectKind.DEPARTMENT, SubjectKind.SCHOOL, SubjectKind.FAMILY, SubjectKind.TOWN_COMMUNITY,
        SubjectKind.SOCIAL_RESOURCE_UNIT);
    assertThat(policy.subjects()).extracting(s -> s.duties().size()).containsExactly(1, 14, 6, 5, 3, 6);
    DutyStatement eight = policy.subject(SubjectKind.DEPARTMENT).orElseThrow().duties().get(7);
    assertThat(eight.clause()).isEqualTo(ClauseRef.of("三(二)8"));
    assertThat(eight.units()).containsExactly(UnitCode.of("SCITECH_INDUSTRY_COMMERCE_BUREAU"), UnitCode.of("SCIENCE_ASSOCIATION"));
    assertThat(policy.subject(SubjectKind.SOCIAL_RESOURCE_UNIT).orElseThrow().duties())
        .extracting(DutyStatement::resourceKind).containsExactly(SocialResourceKind.values());
  }

  @Test
  void everyUnitHasItsDutyStatement() {
    assertThat(policy.dutiesOf(UnitCode.of("SCIENCE_ASSOCIATION"))).extracting(DutyStatement::clause)
        .containsExactly(ClauseRef.of("三(二)8"));
    assertThat(policy.dutiesOf(UnitCode.of("WOMENS_FEDERATION")).get(0).text()).contains("家庭教育指导服务站点");
  }

  @Test
  void workingMechanismListsTheSixCollaborationAreasWithOurReadingNoted() {
    PolicyText docking = policy.mechanism().stream().filter(m -> m.clause().equals(ClauseRef.of("四(二)")))
        .findFirst().orElseThrow();
    assertThat(docking.collaborations()).containsExactlyInAnyOrder(Collaboration.values());
    assertThat(docking.text()).contains("实践育人");
    assertThat(docking.optionalNote()).hasValueSatisfying(n -> assertThat(n).contains("馆校协同"));
    assertThat(policy.mechanism()).hasSize(3);
    assertThat(policy.guarantees()).hasSize(4);
  }

  @Test
  void sixCollaborationsSeventeenMeasures() {
    assertThat(policy.collaborations()).extracting(c -> c.collaboration()).containsExactly(Collaboration.HOME_SCHOOL,
        Collaboration.MEDICAL_EDUCATION, Collaboration.SPORTS_EDUCATION, Collaboration.VENUE_SCHOOL,
        Collaboration.COMMUNITY_EDUCATION, Collaboration.POLICE_SCHOOL);
    assertThat(policy.measures()).hasSize(17);
    assertThat(policy.measures()).extracting(m -> m.clause().value()).contains("五(四)", "五(一)1", "五(六)2");
  }

  @Test
  void milestonesOfSectionTwo() {
    assertThat(targets(MilestoneMetric.ESTABLISHMENT_SHARE)).extracting(t -> t.year() + "=" + t.value().stripTrailingZeros().toPlainString())
        .containsExactly("2025=0.5", "2026=0.8", "2027=1");
    assertThat(targets(MilestoneMetric.TYPICAL_CASES)).extracting(t -> t.year() + "=" + t.value().intValue())
        .containsExactly("2026=10", "2027=25");
    assertThat(targets(MilestoneMetric.EXCHANGE_EVENTS)).allSatisfy(t -> assertThat(t.value()).isEqualByComparingTo(BigDecimal.ONE));
  }

  @Test
  void establishmentThresholdsAreLocalSettings() {
    var settings = policy.localSettings();
    assertThat(settings.establishment().minCollaborations()).isEqualTo(3);
    assertThat(settings.establishment().requireCompleteCommittee()).isTrue();
    assertThat(settings.establishment().requireZoneMembership()).isTrue();
    assertThat(settings.establishment().requireOwnTownAgreement()).isTrue();
    assertThat(settings.establishment().requireCollaborationCoverage()).isTrue();
    assertThat(settings.countedSchoolTypes()).doesNotContain(SchoolType.KINDERGARTEN).contains(SchoolType.SPECIAL_EDUCATION);
  }

  @Test
  void theActivityLimitPerStudentPerTermIsALocalSetting() {
    assertThat(policy.localSettings().activitiesPerStudentPerTerm()).isEqualTo(3);
  }

  @Test
  void noticeGuardrailsAreLocalSettings() {
    var home = policy.localSettings().homeSchool();
    assertThat(home.quietFrom()).isEqualTo(java.time.LocalTime.of(21, 0));
    assertThat(home.quietTo()).isEqualTo(java.time.LocalTime.of(7, 0));
    assertThat(home.dailyNoticeCapPerClass()).isEqualTo(3);
  }

  private List<MilestoneTarget> targets(MilestoneMetric metric) {
    return policy.milestone(metric).orElseThrow().targets();
  }
}
