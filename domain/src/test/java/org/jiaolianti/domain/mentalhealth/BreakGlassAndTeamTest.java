package org.jiaolianti.domain.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Break-glass expiry and stop; health vice-principals; counsellor posts, training and coverage. */
class BreakGlassAndTeamTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final UserId OFFICER = UserId.of("mh-officer");
  private static final StudentId S = StudentId.of("st1");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final MentalHealthSettings SETTINGS = MentalHealthSettings.defaults();
  private static final SchoolId A = SchoolId.of("a");
  private static final SchoolId B = SchoolId.of("b");
  private static final SchoolId C = SchoolId.of("c");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static String rule(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    return ((Decision.Rejected) d).rule();
  }

  @Test
  void breakGlassExpiresAtExactlySixtyMinutes_orEarlierWhenStopped() {
    BreakGlass b = BreakGlass.start(BreakGlassId.of("bg1"), D, OFFICER, S, "危机转介需核实档案记录", T0, SETTINGS);
    assertThat(b.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
    assertThat(b.activeAt(T0.minusMillis(1))).isFalse();
    assertThat(b.activeAt(T0)).isTrue();
    assertThat(b.activeAt(T0.plus(Duration.ofMinutes(60)).minusNanos(1))).isTrue();
    assertThat(b.activeAt(T0.plus(Duration.ofMinutes(60)))).isFalse();
    assertThat(rule(BreakGlassRules.mayStop(b, T0.plus(Duration.ofMinutes(60))))).isEqualTo("BREAK_GLASS_NOT_ACTIVE");

    BreakGlass stopped = b.stopped(T0.plus(Duration.ofMinutes(20)));
    assertThat(stopped.activeAt(T0.plus(Duration.ofMinutes(19)))).isTrue();
    assertThat(stopped.activeAt(T0.plus(Duration.ofMinutes(20)))).isFalse();
    assertThat(stopped.endsAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(b.endsAt()).isEqualTo(b.expiresAt());
    assertThatThrownBy(() -> stopped.stopped(T0.plus(Duration.ofMinutes(30)))).isInstanceOf(IllegalStateException.class);

    assertThat(rule(BreakGlassRules.mayStart(List.of(b), OFFICER, S, "危机转介需核实档案记录", T0.plusSeconds(60))))
        .isEqualTo("BREAK_GLASS_ALREADY_ACTIVE");
    assertThat(BreakGlassRules.mayStart(List.of(b), OFFICER, S, "危机转介需核实档案记录",
        T0.plus(Duration.ofMinutes(60))).isAllowed()).isTrue();
    assertThat(BreakGlassRules.mayStart(List.of(b), OFFICER, StudentId.of("st2"), "另一名学生的危机转介核实",
        T0.plusSeconds(60)).isAllowed()).isTrue();
    assertThat(rule(BreakGlassRules.mayStart(List.of(), OFFICER, S, "看看", T0))).isEqualTo("BREAK_GLASS_REASON_REQUIRED");
    assertThat(BreakGlassRules.active(List.of(b), OFFICER, S, T0.plusSeconds(1))).isTrue();
    assertThat(BreakGlassRules.active(List.of(b), UserId.of("other"), S, T0.plusSeconds(1))).isFalse();

    MentalHealthSettings thirty = new MentalHealthSettings(SETTINGS.levels(), SETTINGS.categories(), 12,
        SETTINGS.scales(), SETTINGS.referralTimeLimits(), true, 30, 5, new BigDecimal("0.95"), 36);
    assertThat(BreakGlass.start(BreakGlassId.of("bg2"), D, OFFICER, S, "危机转介需核实档案记录", T0, thirty).expiresAt())
        .isEqualTo(T0.plus(Duration.ofMinutes(30)));
  }

  @Test
  void schoolsWithoutAHealthVicePrincipalOnADate() {
    PartnerId hospital = PartnerId.of("xa-hospital");
    HealthVicePrincipal ha = HealthVicePrincipal.appoint(HealthVicePrincipalId.of("h1"), D, A, "李医生", hospital,
        "主治医师", DateRange.of(DAY, DAY.plusYears(1)), OFFICER, T0);
    HealthVicePrincipal hb = HealthVicePrincipal.appoint(HealthVicePrincipalId.of("h2"), D, B, "陈医生", hospital,
        null, DateRange.from(DAY.plusMonths(1)), OFFICER, T0);
    List<HealthVicePrincipal> all = List.of(ha, hb);
    assertThat(HealthVicePrincipalRules.schoolsWithout(List.of(A, B, C), all, DAY.minusDays(1)))
        .containsExactly(A, B, C);
    assertThat(HealthVicePrincipalRules.schoolsWithout(List.of(A, B, C), all, DAY)).containsExactly(B, C);
    assertThat(HealthVicePrincipalRules.schoolsWithout(List.of(A, B, C), all, DAY.plusMonths(1)))
        .containsExactly(C);
    assertThat(HealthVicePrincipalRules.schoolsWithout(List.of(A, B, C), all, DAY.plusYears(1).plusDays(1)))
        .containsExactly(A, C);
    assertThat(HealthVicePrincipalRules.schoolsWithout(List.of(A, B, C), List.of(ha.endingOn(DAY.plusDays(9)), hb),
        DAY.plusDays(10))).containsExactly(A, B, C);
    assertThat(rule(HealthVicePrincipalRules.mayAppoint(all, A, "李医生", DateRange.from(DAY.plusMonths(6)))))
        .isEqualTo("HEALTH_VICE_PRINCIPAL_OVERLAP");
    assertThat(HealthVicePrincipalRules.mayAppoint(all, A, "李医生", DateRange.from(DAY.plusYears(2))).isAllowed())
        .isTrue();
    assertThat(((Decision.Rejected) HealthVicePrincipalRules.mayAppoint(all, A, "李医生", DateRange.from(DAY)))
        .clause().value()).isEqualTo("三(二)5");
  }

  @Test
  void coverageCountsFullAndPartTimeTeachersAgainstTheSeedTarget() {
    List<SchoolId> schools = List.of(A, B, C);
    CounsellorPost fullA = CounsellorPost.create(CounsellorPostId.of("p1"), D, A, UserId.of("t1"), PostKind.FULL_TIME,
        true, DateRange.from(DAY));
    CounsellorPost partB = CounsellorPost.create(CounsellorPostId.of("p2"), D, B, UserId.of("t2"), PostKind.PART_TIME,
        false, DateRange.from(DAY));
    CounsellorPost partA = CounsellorPost.create(CounsellorPostId.of("p3"), D, A, UserId.of("t3"), PostKind.PART_TIME,
        false, DateRange.from(DAY));
    CounsellorCoverage c = CounsellorCoverage.compute(schools, List.of(fullA, partB, partA), DAY, SETTINGS);
    assertThat(c.withFullTime()).containsExactly(A);
    assertThat(c.withPartTimeOnly()).containsExactly(B);
    assertThat(c.without()).containsExactly(C);
    assertThat(c.share()).isEqualByComparingTo("0.6667");
    assertThat(c.target()).isEqualByComparingTo("0.95");
    assertThat(c.met()).isFalse();
    assertThat(c.covered()).isEqualTo(2);
    CounsellorPost fullC = CounsellorPost.create(CounsellorPostId.of("p4"), D, C, UserId.of("t4"), PostKind.FULL_TIME,
        true, DateRange.from(DAY));
    CounsellorCoverage all = CounsellorCoverage.compute(schools, List.of(fullA, partB, fullC), DAY, SETTINGS);
    assertThat(all.share()).isEqualByComparingTo("1");
    assertThat(all.met()).isTrue();
    // before the posts start, nobody is covered; no schools: share 0, never met
    assertThat(CounsellorCoverage.compute(schools, List.of(fullA), DAY.minusDays(1), SETTINGS).without())
        .containsExactly(A, B, C);
    CounsellorCoverage none = CounsellorCoverage.compute(List.of(), List.of(fullA), DAY, SETTINGS);
    assertThat(none.share()).isEqualByComparingTo("0");
    assertThat(none.met()).isFalse();

    assertThat(rule(CounsellorRules.mayCreatePost(List.of(fullA), A, UserId.of("t9"), true, DateRange.from(DAY))))
        .isEqualTo("COUNSELLOR_ONE_LEAD_PER_SCHOOL");
    assertThat(rule(CounsellorRules.mayCreatePost(List.of(fullA), A, UserId.of("t1"), false, DateRange.from(DAY))))
        .isEqualTo("COUNSELLOR_POST_OVERLAP");
    assertThat(CounsellorRules.mayCreatePost(List.of(fullA.endingOn(DAY.plusDays(5))), A, UserId.of("t9"), true,
        DateRange.from(DAY.plusDays(6))).isAllowed()).isTrue();
  }

  @Test
  void trainingHoursPerCounsellorAndPeriod() {
    UserId t1 = UserId.of("t1");
    TrainingRecord r1 = new TrainingRecord(TrainingRecordId.of("tr1"), D, t1, DAY, new BigDecimal("6"),
        List.of("危机干预", "沙盘"), OFFICER, T0);
    TrainingRecord r2 = new TrainingRecord(TrainingRecordId.of("tr2"), D, t1, DAY.plusMonths(2), new BigDecimal("2.5"),
        List.of("家庭教育"), OFFICER, T0);
    TrainingRecord other = new TrainingRecord(TrainingRecordId.of("tr3"), D, UserId.of("t2"), DAY, BigDecimal.TEN,
        List.of("危机干预"), OFFICER, T0);
    assertThat(CounsellorRules.trainingHours(List.of(r1, r2, other), t1, DAY, DAY.plusMonths(2)))
        .isEqualByComparingTo("8.5");
    assertThat(CounsellorRules.trainingHours(List.of(r1, r2, other), t1, DAY.plusDays(1), DAY.plusYears(1)))
        .isEqualByComparingTo("2.5");
    assertThatThrownBy(() -> new TrainingRecord(TrainingRecordId.of("x"), D, t1, DAY, new BigDecimal("0.3"),
        List.of("a"), OFFICER, T0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingRecord(TrainingRecordId.of("x"), D, t1, DAY, BigDecimal.ONE, List.of(),
        OFFICER, T0)).isInstanceOf(IllegalArgumentException.class);
  }
}
