package org.jiaolianti.seeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.CollaborationSection;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.MeasureCode;
import org.jiaolianti.domain.policy.MilestoneDefinition;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.MilestoneTarget;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyDocument;
import org.jiaolianti.domain.policy.PolicyText;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.Subject;
import org.jiaolianti.domain.policy.SubjectKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** What the writer writes, the loader reads back as the same policy. */
class PolicySeedWriterTest {

  /** U+20BB7, outside the BMP: a surrogate pair in Java, four bytes in UTF-8. */
  private static final String JI = "𠮷";

  private final Policy xiangan = PolicySeedLoader.loadBundled("xiangan-2025").policy();

  @Test
  void bundledXianganSeedRoundTrips() {
    assertRoundTrips(xiangan);
  }

  @Test
  void homeSchoolSettingsRoundTrip() {
    var local = xiangan.localSettings();
    var home = new org.jiaolianti.domain.policy.HomeSchoolSettings(java.time.LocalTime.of(22, 30),
        java.time.LocalTime.of(6, 45), 7);
    Policy changed = Policy.builder().document(xiangan.document()).units(xiangan.units()).sections(xiangan.sections())
        .subjects(xiangan.subjects()).mechanism(xiangan.mechanism()).collaborations(xiangan.collaborations())
        .guarantees(xiangan.guarantees()).milestones(xiangan.milestones())
        .localSettings(new org.jiaolianti.domain.policy.LocalSettings(local.establishment(), local.countedSchoolTypes(),
            home)).build();
    assertRoundTrips(changed);
    assertThat(parse(PolicySeedWriter.write(changed)).localSettings().homeSchool()).isEqualTo(home);
  }

  @Test
  void otherDistrictSeedRoundTrips() {
    assertRoundTrips(PolicySeedLoader.load(Path.of("src/test/resources/other-district")).policy());
  }

  @Test
  void theFeedbackDeadlineAndTheWorkingCalendarsRoundTrip() {
    Policy other = PolicySeedLoader.load(Path.of("src/test/resources/other-district")).policy();
    LocalSettings settings = other.localSettings();
    assertThat(settings.feedback().responseDays()).isEqualTo(3);
    assertThat(settings.workingCalendar(2026)).hasValueSatisfying(c -> {
      assertThat(c.workingDays()).containsExactly(LocalDate.of(2026, 10, 10));
      assertThat(c.holidays()).contains(LocalDate.of(2026, 10, 1)).hasSize(5);
    });
    assertThat(settings.workingCalendar(2027)).isEmpty();

    String yaml = PolicySeedWriter.write(other);
    assertThat(yaml).contains("feedbackResponseDays: 3").contains("workingCalendars:").contains("2026-10-10");
    LocalSettings read = parse(yaml).localSettings();
    assertThat(read.feedback()).isEqualTo(settings.feedback());
    assertThat(read.workingCalendars()).isEqualTo(settings.workingCalendars());
    // the bundled seed: 5 calendar days, no calendar
    assertThat(xiangan.localSettings().feedback().responseDays()).isEqualTo(5);
    assertThat(xiangan.localSettings().workingCalendars()).isEmpty();
    assertThat(PolicySeedWriter.write(xiangan)).contains("feedbackResponseDays: 5").doesNotContain("workingCalendars");
  }

  @Test
  void supplementaryCharactersRoundTripAndAreWrittenAsThemselves() {
    Policy policy = policyWith(JI);
    String yaml = PolicySeedWriter.write(policy);

    assertRoundTrips(policy);
    assertThat(yaml).contains(JI + "山区").contains("第一行" + JI).doesNotContain("\\U", "\\u");
    assertThat(yaml.getBytes(UTF_8)).containsSubsequence(JI.getBytes(UTF_8));
  }

  @Test
  void writingIsDeterministic() {
    assertThat(PolicySeedWriter.write(xiangan)).isEqualTo(PolicySeedWriter.write(xiangan));
    assertThat(PolicySeedWriter.write(policyWith(JI))).isEqualTo(PolicySeedWriter.write(policyWith(JI)));
  }

  @Test
  void theActivityLimitPerTermRoundTrips() {
    Policy policy = policyWith("", new LocalSettings(
        LocalSettings.defaults().establishment(), LocalSettings.defaults().countedSchoolTypes(), 7));
    String yaml = PolicySeedWriter.write(policy);
    assertThat(yaml).contains("activitiesPerStudentPerTerm: 7");
    assertRoundTrips(policy);
    assertThat(PolicySeedWriter.write(xiangan)).contains("activitiesPerStudentPerTerm: 3");
  }

  @Test
  void writesTheLocalSettingsNoteTheLoaderRequires() {
    assertThat(PolicySeedWriter.write(xiangan)).contains("localSettings:").contains("note:");
  }

  /** Guards the round-trip tests themselves: a field lost in the text must fail the comparison. */
  @Test
  void theRoundTripComparisonCatchesADroppedField() {
    String yaml = PolicySeedWriter.write(xiangan);
    String withoutPublishedOn = yaml.replaceFirst("(?m)^\\s*publishedOn: .*\\R", "");
    assertThat(withoutPublishedOn).isNotEqualTo(yaml);

    assertThatThrownBy(() -> assertEqualPolicies(parse(withoutPublishedOn), xiangan))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("publishedOn");
  }

  @Test
  void refusesTextTheLoaderWouldStrip() {
    assertThatThrownBy(() -> PolicySeedWriter.write(policyWith(" 前有空格")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strips");
  }

  @Test
  void refusesATargetTheLoaderWouldRound() {
    var target = new MilestoneTarget(MilestoneMetric.ESTABLISHMENT_SHARE, 2026, new BigDecimal("0.12345678901234567890123"));
    var milestone = new MilestoneDefinition(MilestoneMetric.ESTABLISHMENT_SHARE, ClauseRef.of("二"), "目标", List.of(target));
    Policy policy = Policy.builder()
        .document(xiangan.document())
        .units(xiangan.units())
        .subjects(xiangan.subjects())
        .collaborations(xiangan.collaborations())
        .milestones(List.of(milestone))
        .build();

    assertThatThrownBy(() -> PolicySeedWriter.write(policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.12345678901234567890123");
  }

  private static void assertRoundTrips(Policy policy) {
    assertEqualPolicies(parse(PolicySeedWriter.write(policy)), policy);
  }

  private static void assertEqualPolicies(Policy actual, Policy expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(expected);
  }

  private static Policy parse(String yaml) {
    return PolicySeedLoader.parse("written", new ByteArrayInputStream(yaml.getBytes(UTF_8)));
  }

  /**
   * A small policy using every optional field, with {@code word} in its texts and values YAML could
   * misread (a number, a boolean, a null, a comment, a multi-line text) as texts.
   */
  private static Policy policyWith(String word) {
    return policyWith(word, LocalSettings.defaults());
  }

  private static Policy policyWith(String word, LocalSettings settings) {
    UnitCode edu = UnitCode.of("EDUCATION_BUREAU");
    UnitCode library = UnitCode.of("LIBRARY");
    // Not in enum order: the loader reads sets in enum order, an equal set.
    Set<Collaboration> listed = new LinkedHashSet<>(List.of(Collaboration.POLICE_SCHOOL, Collaboration.HOME_SCHOOL));
    Measure measure = new Measure(MeasureCode.of("HS1"), ClauseRef.of("五(一)1"), Collaboration.HOME_SCHOOL,
        Bilingual.of("举措" + word, "Measure: yes"), "第一行" + word + "\n第二行 # 不是注释", List.of(library, edu));
    return Policy.builder()
        .document(new PolicyDocument("test-2026", DistrictCode.of("350299"), Bilingual.of(word + "山区", "Ji District"),
            ZoneId.of("Asia/Shanghai"), Bilingual.of("方案" + word, "Plan"), "通知" + word, "123", "null",
            "区教育局" + word, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6)))
        .units(List.of(new PolicyUnit(edu, "区教育局", "厦门市" + word + "山区教育局", "Education Bureau"),
            new PolicyUnit(library, "区图书馆", "厦门市" + word + "山区图书馆", "true")))
        .sections(List.of(new PolicyText(ClauseRef.of("一"), Bilingual.of("指导思想", "指导思想"), "文本" + word,
            "- not a list", listed, "解读" + word)))
        .subjects(List.of(
            new Subject(SubjectKind.DEPARTMENT, ClauseRef.of("三(二)"), Bilingual.of("相关部门", "Departments"),
                List.of(new DutyStatement(ClauseRef.of("三(二)1"), SubjectKind.DEPARTMENT, List.of(library, edu), null,
                    null, "职责" + word, "Duty"))),
            new Subject(SubjectKind.SOCIAL_RESOURCE_UNIT, ClauseRef.of("三(六)"), Bilingual.of("社会资源单位", "Units"),
                List.of(new DutyStatement(ClauseRef.of("三(六)1"), SubjectKind.SOCIAL_RESOURCE_UNIT, List.of(),
                    SocialResourceKind.CULTURAL_VENUE, "文化场馆" + word, "职责", "Duty: venues")))))
        .mechanism(List.of(new PolicyText(ClauseRef.of("四(一)"), null, "机制", null, Set.of(), null)))
        .collaborations(List.of(new CollaborationSection(Collaboration.HOME_SCHOOL, ClauseRef.of("五(一)"),
            Bilingual.of("家校互动", "Home-school"), "引言" + word, List.of(measure))))
        .guarantees(List.of(new PolicyText(ClauseRef.of("六(一)"), null, "保障" + word, "~", Set.of(), null)))
        .milestones(List.of(
            new MilestoneDefinition(MilestoneMetric.ESTABLISHMENT_SHARE, ClauseRef.of("二"), "目标" + word,
                List.of(new MilestoneTarget(MilestoneMetric.ESTABLISHMENT_SHARE, 2026, new BigDecimal("0.0000001")),
                    new MilestoneTarget(MilestoneMetric.ESTABLISHMENT_SHARE, 2027, new BigDecimal("0.50")),
                    new MilestoneTarget(MilestoneMetric.ESTABLISHMENT_SHARE, 2028, BigDecimal.ONE))),
            new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES, ClauseRef.of("二"), "案例",
                List.of(new MilestoneTarget(MilestoneMetric.TYPICAL_CASES, 2027, new BigDecimal("1E+1")),
                    new MilestoneTarget(MilestoneMetric.TYPICAL_CASES, 2028, new BigDecimal("20.0"))))))
        .localSettings(settings)
        .build();
  }
}
