package org.jiaolianti.application.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Small policies built with the domain factories, so that application tests need no seed: Xiang'an
 * ({@code 350213}) and, for district-isolation tests, Huli ({@code 350206}). Both are issued
 * 2025-12-01 with the milestones of 二 (share 0.5/0.8/1.0 in 2025–2027, typical cases 10/25 in
 * 2026–2027, one exchange event a year) and {@link LocalSettings#defaults()}.
 */
public final class TestPolicies {

  /** 翔安区. */
  public static final DistrictCode XIANGAN = DistrictCode.of("350213");
  /** 湖里区: a second district for isolation tests. */
  public static final DistrictCode HULI = DistrictCode.of("350206");
  public static final LocalDate ISSUE_DATE = LocalDate.of(2025, 12, 1);
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public static final UnitCode EDUCATION = UnitCode.of("EDUCATION_BUREAU");
  public static final UnitCode PUBLIC_SECURITY = UnitCode.of("PUBLIC_SECURITY");
  public static final UnitCode HEALTH = UnitCode.of("HEALTH_COMMISSION");
  public static final UnitCode WOMEN = UnitCode.of("WOMENS_FEDERATION");

  private TestPolicies() {}

  /** The Xiang'an test policy (district 350213). */
  public static Policy xiangan() {
    return builder(XIANGAN, "xiangan-test-2025", Bilingual.of("翔安区", "Xiang'an District")).build();
  }

  /** The Huli test policy (district 350206), the same shape as {@link #xiangan()}. */
  public static Policy huli() {
    return builder(HULI, "huli-test-2025", Bilingual.of("湖里区", "Huli District")).build();
  }

  /** A populated builder for {@code district}: replace a part to vary it. */
  public static Policy.Builder builder(DistrictCode district, String version, Bilingual districtName) {
    return Policy.builder()
        .document(new PolicyDocument(version, district, districtName, SHANGHAI,
            Bilingual.of("家校社协同育人“教联体”工作方案", "Home-school-community alliance work plan"), null,
            "厦翔教〔2025〕200号", null, "厦门市" + districtName.zh() + "教育局", ISSUE_DATE, ISSUE_DATE))
        .units(List.of(
            unit(EDUCATION, "区教育局", "District Education Bureau"),
            unit(PUBLIC_SECURITY, "公安分局", "Public Security Sub-bureau"),
            unit(HEALTH, "区卫健局", "District Health Commission"),
            unit(WOMEN, "区妇联", "District Women's Federation")))
        .sections(List.of(new PolicyText(ClauseRef.of("二"), Bilingual.of("主要目标", "Main goals"),
            "到2025年底，50%以上的学校建立“教联体”……", "Goals", Set.of(), null)))
        .subjects(List.of(new Subject(SubjectKind.DEPARTMENT, ClauseRef.of("三(二)"),
            Bilingual.of("相关部门", "Departments"), List.of(
                duty("三(二)1", EDUCATION), duty("三(二)2", PUBLIC_SECURITY), duty("三(二)5", HEALTH),
                duty("三(二)13", WOMEN)))))
        .collaborations(List.of(
            section(Collaboration.HOME_SCHOOL, "五(一)",
                measure("HS1", "五(一)1", Collaboration.HOME_SCHOOL, "构建“1+1+N”三级联动组织架构", EDUCATION),
                measure("HS2", "五(一)2", Collaboration.HOME_SCHOOL, "打造家校互动云平台", EDUCATION, WOMEN)),
            section(Collaboration.MEDICAL_EDUCATION, "五(二)",
                measure("ME1", "五(二)1", Collaboration.MEDICAL_EDUCATION, "开通心理危机转介绿色通道", HEALTH, EDUCATION)),
            section(Collaboration.POLICE_SCHOOL, "五(六)",
                measure("PS1", "五(六)1", Collaboration.POLICE_SCHOOL, "设立护学岗", PUBLIC_SECURITY, EDUCATION))))
        .milestones(List.of(
            definition(MilestoneMetric.ESTABLISHMENT_SHARE, target(MilestoneMetric.ESTABLISHMENT_SHARE, 2025, "0.5"),
                target(MilestoneMetric.ESTABLISHMENT_SHARE, 2026, "0.8"),
                target(MilestoneMetric.ESTABLISHMENT_SHARE, 2027, "1.0")),
            definition(MilestoneMetric.TYPICAL_CASES, target(MilestoneMetric.TYPICAL_CASES, 2026, "10"),
                target(MilestoneMetric.TYPICAL_CASES, 2027, "25")),
            definition(MilestoneMetric.EXCHANGE_EVENTS, target(MilestoneMetric.EXCHANGE_EVENTS, 2025, "1"),
                target(MilestoneMetric.EXCHANGE_EVENTS, 2026, "1"), target(MilestoneMetric.EXCHANGE_EVENTS, 2027, "1"))))
        .localSettings(LocalSettings.defaults());
  }

  private static PolicyUnit unit(UnitCode code, String name, String nameEn) {
    return new PolicyUnit(code, name, "厦门市" + name, nameEn);
  }

  private static DutyStatement duty(String clause, UnitCode unit) {
    return new DutyStatement(ClauseRef.of(clause), SubjectKind.DEPARTMENT, List.of(unit), null, null,
        "负责" + clause + "所列工作。", "Duties of " + clause);
  }

  private static CollaborationSection section(Collaboration collaboration, String clause, Measure... measures) {
    return new CollaborationSection(collaboration, ClauseRef.of(clause), collaboration.label(), null, List.of(measures));
  }

  private static Measure measure(String code, String clause, Collaboration collaboration, String title, UnitCode... units) {
    return new Measure(MeasureCode.of(code), ClauseRef.of(clause), collaboration, Bilingual.of(title, "Measure " + code),
        title + "。", List.of(units));
  }

  private static MilestoneDefinition definition(MilestoneMetric metric, MilestoneTarget... targets) {
    return new MilestoneDefinition(metric, ClauseRef.of("二"), metric.label().zh(), List.of(targets));
  }

  private static MilestoneTarget target(MilestoneMetric metric, int year, String value) {
    return new MilestoneTarget(metric, year, new BigDecimal(value));
  }
}
