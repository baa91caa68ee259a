package org.jiaolianti.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.testing.TestPolicy.EDUCATION;
import static org.jiaolianti.domain.testing.TestPolicy.HEALTH;
import static org.jiaolianti.domain.testing.TestPolicy.HS1;
import static org.jiaolianti.domain.testing.TestPolicy.PUBLIC_SECURITY;
import static org.jiaolianti.domain.testing.TestPolicy.WOMEN;
import static org.jiaolianti.domain.testing.TestPolicy.duty;
import static org.jiaolianti.domain.testing.TestPolicy.measure;
import static org.jiaolianti.domain.testing.TestPolicy.section;

import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/**
 * {@link Policy#create} checks every cross-reference of the document: units (发文单位), their duties
 * (三(二)), the measures' responsible units (五), the milestones (二).
 */
class PolicyCreationTest {

  @Test
  void theFixturePolicyIsValidAndAnswersTheBasicQueries() {
    Policy policy = TestPolicy.policy();
    assertThat(policy.units()).hasSize(4);
    assertThat(policy.measures()).extracting(Measure::code).containsExactly(HS1, TestPolicy.HS2, TestPolicy.ME1, TestPolicy.PS1);
    assertThat(policy.measure(HS1)).map(Measure::lead).contains(EDUCATION);
    assertThat(policy.unit(WOMEN)).map(PolicyUnit::name).contains("区妇联");
    assertThat(policy.dutiesOf(HEALTH)).extracting(DutyStatement::clause).containsExactly(ClauseRef.of("三(二)5"));
    assertThat(policy.milestone(MilestoneMetric.TYPICAL_CASES)).isPresent();
    assertThat(policy.district().value()).isEqualTo("350213");
  }

  /** "Which clause says so?" — 三(二)1 holds only item 1, not items 10–19. */
  @Test
  void clausesWithinAnItemDoNotIncludeItemsWhoseNumberStartsTheSame() {
    Policy policy = TestPolicy.policy();
    assertThat(policy.clausesWithin(ClauseRef.of("三(二)1"))).containsExactly(ClauseRef.of("三(二)1"));
    assertThat(policy.clausesWithin(ClauseRef.of("三(二)"))).extracting(ClauseRef::value)
        .containsExactly("三(二)1", "三(二)2", "三(二)5", "三(二)13");
    assertThat(policy.clausesWithin(ClauseRef.of("五"))).extracting(ClauseRef::value)
        .containsExactly("五(一)1", "五(一)2", "五(二)1", "五(六)1");
  }

  @Test
  void refusesADuplicateUnitCode() {
    List<PolicyUnit> units = new ArrayList<>(TestPolicy.units());
    units.add(TestPolicy.unit(EDUCATION, "区教育局（重复）", "Education Bureau again"));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().units(units).build())
        .withMessageContaining("unit code EDUCATION_BUREAU appears twice");
  }

  @Test
  void refusesAMeasureNamingAnUnknownUnit() {
    List<CollaborationSection> sections = new ArrayList<>(TestPolicy.collaborations());
    sections.add(section(Collaboration.SPORTS_EDUCATION, "五(三)",
        measure(MeasureCode.of("SE1"), "五(三)1", Collaboration.SPORTS_EDUCATION, "校外体育", UnitCode.of("SPORTS_BUREAU"))));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().collaborations(sections).build())
        .withMessageContaining("measure SE1 names unknown unit SPORTS_BUREAU");
  }

  @Test
  void refusesASigningUnitWithNoDutyStatement() {
    List<PolicyUnit> units = new ArrayList<>(TestPolicy.units());
    units.add(TestPolicy.unit(UnitCode.of("CULTURE_TOURISM"), "区文旅局", "Culture and Tourism Bureau"));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().units(units).build())
        .withMessageContaining("signing unit CULTURE_TOURISM (区文旅局) has no duty statement");
  }

  @Test
  void refusesADutyNamingAnUnknownUnit() {
    Subject departments = TestPolicy.departments(List.of(duty("三(二)1", EDUCATION), duty("三(二)2", PUBLIC_SECURITY),
        duty("三(二)5", HEALTH), duty("三(二)13", WOMEN), duty("三(二)14", UnitCode.of("YOUTH_LEAGUE"))));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().subjects(List.of(departments)).build())
        .withMessageContaining("duty 三(二)14 names unknown unit YOUTH_LEAGUE");
  }

  /** 三(二)8 names two units: both have a duty statement. */
  @Test
  void aDutySharedByTwoUnitsCountsForBoth() {
    Subject departments = TestPolicy.departments(List.of(duty("三(二)1", EDUCATION), duty("三(二)2", PUBLIC_SECURITY),
        duty("三(二)8", HEALTH, WOMEN)));
    Policy policy = TestPolicy.builder().subjects(List.of(departments)).build();
    assertThat(policy.dutiesOf(WOMEN)).extracting(DutyStatement::clause).containsExactly(ClauseRef.of("三(二)8"));
    assertThat(policy.dutiesOf(HEALTH)).extracting(DutyStatement::clause).containsExactly(ClauseRef.of("三(二)8"));
  }

  @Test
  void refusesAMeasureCodeUsedTwice() {
    List<CollaborationSection> sections = new ArrayList<>(TestPolicy.collaborations());
    sections.add(section(Collaboration.SPORTS_EDUCATION, "五(三)",
        measure(HS1, "五(三)1", Collaboration.SPORTS_EDUCATION, "校外体育", EDUCATION)));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().collaborations(sections).build())
        .withMessageContaining("measure code HS1 appears twice");
  }

  @Test
  void refusesACollaborationSetOutTwice() {
    List<CollaborationSection> sections = new ArrayList<>(TestPolicy.collaborations());
    sections.add(section(Collaboration.HOME_SCHOOL, "五(一)",
        measure(MeasureCode.of("HS9"), "五(一)5", Collaboration.HOME_SCHOOL, "成果", EDUCATION)));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().collaborations(sections).build())
        .withMessageContaining("collaboration HOME_SCHOOL appears twice");
  }

  @Test
  void refusesAMilestoneDefinedTwiceOrWithATargetBeforeTheIssueYear() {
    List<MilestoneDefinition> twice = new ArrayList<>(TestPolicy.milestones());
    twice.add(TestPolicy.definition(MilestoneMetric.EXCHANGE_EVENTS, "2", "2", "2"));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().milestones(twice).build())
        .withMessageContaining("milestone metric EXCHANGE_EVENTS appears twice");

    MilestoneDefinition early = new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES, ClauseRef.of("二"), "案例",
        List.of(TestPolicy.target(MilestoneMetric.TYPICAL_CASES, 2024, "5")));
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().milestones(List.of(early)).build())
        .withMessageContaining("target year before the issue date");
  }

  @Test
  void refusesAPolicyWithoutUnitsOrCollaborations() {
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().units(List.of()).subjects(List.of()).build())
        .withMessageContaining("at least one signing unit");
    assertThatIllegalArgumentException().isThrownBy(() -> TestPolicy.builder().collaborations(List.of()).build())
        .withMessageContaining("at least one collaboration");
  }

  @Test
  void aMeasureMustLieInItsCollaborationsSection() {
    assertThatIllegalArgumentException().isThrownBy(() -> section(Collaboration.HOME_SCHOOL, "五(一)",
        measure(MeasureCode.of("HS9"), "五(二)1", Collaboration.HOME_SCHOOL, "错位", EDUCATION)))
        .withMessageContaining("lies outside 五(一)");
  }

  @Test
  void aMeasureNamesEachResponsibleUnitOnce() {
    assertThatIllegalArgumentException().isThrownBy(() -> measure(MeasureCode.of("HS9"), "五(一)5",
        Collaboration.HOME_SCHOOL, "重复", EDUCATION, WOMEN, EDUCATION))
        .withMessageContaining("names a responsible unit twice");
  }
}
