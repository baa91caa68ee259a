package org.jiaolianti.domain.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
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
import org.jiaolianti.domain.policy.Subject;
import org.jiaolianti.domain.policy.SubjectKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A small policy built with the domain factories: four signing units, their duties in 三(二), three
 * collaborations with four measures, and the milestones of 二 (share 0.5/0.8/1.0 in 2025–2027,
 * typical cases 10/25 in 2026–2027, one exchange event a year), issued 2025-12-01.
 *
 * <p>{@link #builder()} returns a fresh, fully populated builder each time, so a test can replace one
 * part and see what {@link Policy#create} says.
 */
public final class TestPolicy {

  public static final DistrictCode DISTRICT = DistrictCode.of("350213");
  public static final LocalDate ISSUE_DATE = LocalDate.of(2025, 12, 1);
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public static final UnitCode EDUCATION = UnitCode.of("EDUCATION_BUREAU");
  public static final UnitCode PUBLIC_SECURITY = UnitCode.of("PUBLIC_SECURITY");
  public static final UnitCode HEALTH = UnitCode.of("HEALTH_COMMISSION");
  public static final UnitCode WOMEN = UnitCode.of("WOMENS_FEDERATION");

  /** 五(一)1, led by the education bureau alone. */
  public static final MeasureCode HS1 = MeasureCode.of("HS1");
  /** 五(一)2, education bureau then women's federation. */
  public static final MeasureCode HS2 = MeasureCode.of("HS2");
  /** 五(二)1, health commission then education bureau. */
  public static final MeasureCode ME1 = MeasureCode.of("ME1");
  /** 五(六)1, public security, education bureau, women's federation. */
  public static final MeasureCode PS1 = MeasureCode.of("PS1");

  private TestPolicy() {}

  public static Policy policy() {
    return builder().build();
  }

  public static Policy.Builder builder() {
    return Policy.builder()
        .document(document())
        .units(units())
        .sections(List.of(new PolicyText(ClauseRef.of("二"), Bilingual.of("主要目标", "Main goals"),
            "到2025年底，50%以上的学校建立“教联体”……", "Goals", Set.of(), null)))
        .subjects(List.of(departments()))
        .collaborations(collaborations())
        .milestones(milestones())
        .localSettings(LocalSettings.defaults());
  }

  public static PolicyDocument document() {
    return new PolicyDocument("xiangan-test-2025", DISTRICT, Bilingual.of("翔安区", "Xiang'an District"), SHANGHAI,
        Bilingual.of("家校社协同育人“教联体”工作方案", "Alliance work plan"), null, "厦翔教〔2025〕200号", null,
        "厦门市翔安区教育局", ISSUE_DATE, ISSUE_DATE);
  }

  public static List<PolicyUnit> units() {
    return List.of(
        unit(EDUCATION, "区教育局", "District Education Bureau"),
        unit(PUBLIC_SECURITY, "公安局翔安分局", "Public Security Sub-bureau"),
        unit(HEALTH, "区卫健局", "District Health Commission"),
        unit(WOMEN, "区妇联", "District Women's Federation"));
  }

  public static PolicyUnit unit(UnitCode code, String name, String nameEn) {
    return new PolicyUnit(code, name, "厦门市翔安" + name, nameEn);
  }

  /** 三(二): one duty statement per unit. */
  public static Subject departments() {
    return departments(List.of(
        duty("三(二)1", EDUCATION), duty("三(二)2", PUBLIC_SECURITY), duty("三(二)5", HEALTH), duty("三(二)13", WOMEN)));
  }

  public static Subject departments(List<DutyStatement> duties) {
    return new Subject(SubjectKind.DEPARTMENT, ClauseRef.of("三(二)"), Bilingual.of("相关部门", "Departments"), duties);
  }

  public static DutyStatement duty(String clause, UnitCode... units) {
    return new DutyStatement(ClauseRef.of(clause), SubjectKind.DEPARTMENT, List.of(units), null, null,
        "负责" + clause + "所列工作。", "Duties of " + clause);
  }

  public static List<CollaborationSection> collaborations() {
    return List.of(
        section(Collaboration.HOME_SCHOOL, "五(一)",
            measure(HS1, "五(一)1", Collaboration.HOME_SCHOOL, "构建“1+1+N”三级联动组织架构", EDUCATION),
            measure(HS2, "五(一)2", Collaboration.HOME_SCHOOL, "打造家校互动云平台", EDUCATION, WOMEN)),
        section(Collaboration.MEDICAL_EDUCATION, "五(二)",
            measure(ME1, "五(二)1", Collaboration.MEDICAL_EDUCATION, "开通心理危机转介绿色通道", HEALTH, EDUCATION)),
        section(Collaboration.POLICE_SCHOOL, "五(六)",
            measure(PS1, "五(六)1", Collaboration.POLICE_SCHOOL, "设立护学岗", PUBLIC_SECURITY, EDUCATION, WOMEN)));
  }

  public static CollaborationSection section(Collaboration collaboration, String clause, Measure... measures) {
    return new CollaborationSection(collaboration, ClauseRef.of(clause), collaboration.label(), null, Arrays.asList(measures));
  }

  public static Measure measure(MeasureCode code, String clause, Collaboration collaboration, String title, UnitCode... units) {
    return new Measure(code, ClauseRef.of(clause), collaboration, Bilingual.of(title, "Measure " + code),
        title + "。", List.of(units));
  }

  public static List<MilestoneDefinition> milestones() {
    return List.of(
        definition(MilestoneMetric.ESTABLISHMENT_SHARE, "0.5", "0.8", "1.0"),
        new MilestoneDefinition(MilestoneMetric.TYPICAL_CASES, ClauseRef.of("二"), "遴选典型案例",
            List.of(target(MilestoneMetric.TYPICAL_CASES, 2026, "10"), target(MilestoneMetric.TYPICAL_CASES, 2027, "25"))),
        definition(MilestoneMetric.EXCHANGE_EVENTS, "1", "1", "1"));
  }

  /** A definition with targets for 2025, 2026, 2027 in that order. */
  public static MilestoneDefinition definition(MilestoneMetric metric, String v2025, String v2026, String v2027) {
    return new MilestoneDefinition(metric, ClauseRef.of("二"), metric.label().zh(), List.of(
        target(metric, 2025, v2025), target(metric, 2026, v2026), target(metric, 2027, v2027)));
  }

  public static MilestoneTarget target(MilestoneMetric metric, int year, String value) {
    return new MilestoneTarget(metric, year, new BigDecimal(value));
  }

  public static MilestoneDefinition milestone(Policy policy, MilestoneMetric metric) {
    return policy.milestone(metric).orElseThrow();
  }

  public static MilestoneTarget targetOf(Policy policy, MilestoneMetric metric, int year) {
    return milestone(policy, metric).targetFor(year).orElseThrow();
  }
}
