package org.jiaolianti.domain.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The instructor rules (五(一)4) and what an instructor record guards. */
class InstructorRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final UserId BY = UserId.of("bureau");
  private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static Instructor active() {
    return Instructor.register(InstructorId.newId(), D, "区级专家", InstructorTier.DISTRICT, null, null,
        EnumSet.of(Specialty.MENTAL_HEALTH), null, BY, AT);
  }

  private static String rule(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    Decision.Rejected r = (Decision.Rejected) d;
    assertThat(r.clause().value()).isEqualTo("五(一)4");
    return r.rule();
  }

  @Test
  void anActiveInstructorLogsHalfHoursUpToTwelveForADayThatHasCome() {
    Instructor i = active();
    assertThat(InstructorRules.mayLogService(i, TODAY, new BigDecimal("0.5"), TODAY).isAllowed()).isTrue();
    assertThat(InstructorRules.mayLogService(i, TODAY.minusYears(1), new BigDecimal("12"), TODAY).isAllowed())
        .as("services from before the record may be logged").isTrue();
    assertThat(rule(InstructorRules.mayLogService(i, TODAY, new BigDecimal("1.3"), TODAY)))
        .isEqualTo("SERVICE_HOURS_RANGE");
    assertThat(rule(InstructorRules.mayLogService(i, TODAY, new BigDecimal("12.5"), TODAY)))
        .isEqualTo("SERVICE_HOURS_RANGE");
    assertThat(rule(InstructorRules.mayLogService(i, TODAY, new BigDecimal("0.4"), TODAY)))
        .isEqualTo("SERVICE_HOURS_RANGE");
    assertThat(rule(InstructorRules.mayLogService(i, TODAY.plusDays(1), BigDecimal.ONE, TODAY)))
        .isEqualTo("SERVICE_IN_FUTURE");
  }

  @Test
  void aRetiredInstructorStaysRetiredAndLogsNothing() {
    Instructor retired = active().retired(BY, "退出团队", AT);
    assertThat(retired.active()).isFalse();
    assertThat(InstructorRules.mayRetire(active()).isAllowed()).isTrue();
    assertThat(rule(InstructorRules.mayRetire(retired))).isEqualTo("INSTRUCTOR_RETIRED");
    assertThat(rule(InstructorRules.mayLogService(retired, TODAY, BigDecimal.ONE, TODAY)))
        .isEqualTo("INSTRUCTOR_RETIRED");
  }

  @Test
  void theTierDecidesWhatTheInstructorBelongsTo() {
    SchoolId school = SchoolId.of("school-1");
    PartnerId partner = PartnerId.of("community-1");
    Set<Specialty> one = Set.of(Specialty.LEGAL_SERVICES);
    assertThat(Instructor.register(InstructorId.newId(), D, "校级", InstructorTier.SCHOOL, school, null, one, null, BY,
        AT).school()).isEqualTo(school);
    assertThatIllegalArgumentException().isThrownBy(() -> Instructor.register(InstructorId.newId(), D, "x",
        InstructorTier.SCHOOL, null, null, one, null, BY, AT));
    assertThatIllegalArgumentException().isThrownBy(() -> Instructor.register(InstructorId.newId(), D, "x",
        InstructorTier.DISTRICT, school, null, one, null, BY, AT));
    assertThatIllegalArgumentException().isThrownBy(() -> Instructor.register(InstructorId.newId(), D, "x",
        InstructorTier.COMMUNITY, null, null, one, null, BY, AT));
    assertThatIllegalArgumentException().isThrownBy(() -> Instructor.register(InstructorId.newId(), D, "x",
        InstructorTier.SCHOOL, school, partner, one, null, BY, AT));
    assertThatIllegalArgumentException().isThrownBy(() -> Instructor.register(InstructorId.newId(), D, "x",
        InstructorTier.DISTRICT, null, null, Set.of(), null, BY, AT));
  }

  @Test
  void aServiceIsDeliveredAtASchoolOrAPartner_exactlyOne() {
    InstructorId id = InstructorId.newId();
    assertThatIllegalArgumentException().isThrownBy(() -> new DeliveredService("s-1", D, id, ServiceKind.RESEARCH,
        TODAY, BigDecimal.ONE, null, null, 0, null, BY, AT));
    assertThatIllegalArgumentException().isThrownBy(() -> new DeliveredService("s-1", D, id, ServiceKind.RESEARCH,
        TODAY, BigDecimal.ONE, SchoolId.of("a"), PartnerId.of("b"), 0, null, BY, AT));
    assertThat(new DeliveredService("s-1", D, id, ServiceKind.RESEARCH, TODAY, BigDecimal.ONE, SchoolId.of("a"),
        null, 0, null, BY, AT).hours()).isEqualByComparingTo("1.0");
  }

  @Test
  void theSpecialtiesAndServiceKindsAreThoseOfThePolicyText() {
    assertThat(EnumSet.allOf(Specialty.class)).extracting(s -> s.label().zh())
        .containsExactly("科学育儿", "法律服务", "心理健康", "医疗卫生", "特殊教育", "家风建设");
    assertThat(EnumSet.allOf(ServiceKind.class)).extracting(s -> s.label().zh())
        .containsExactly("家庭教育研究", "巡讲培训", "个案指导", "示范推广");
    assertThat(EnumSet.allOf(InstructorTier.class)).extracting(s -> s.label().zh())
        .containsExactly("区级", "校级", "社区级");
  }
}
