package org.jiaolianti.domain.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The parent-mentor status flow, when a mentor is assigned and logs hours, and the records' invariants. */
class MentorRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final SchoolId SCHOOL = SchoolId.of("s1");
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final UserId LEADER = UserId.of("l1");

  private final ParentMentor applied = ParentMentor.apply(ParentMentorId.of("m1"), D, SCHOOL, GuardianId.of("g1"),
      UserId.of("u1"), "工程师", AT);

  private static String rule(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.toString()).contains("五(一)3");
    return d.toString();
  }

  @Test
  void appliedIsDecidedOnce_onlyAnApprovalIsRevoked_andTheApprovalIsKept() {
    assertThat(MentorRules.mayDecide(applied)).isEqualTo(Decision.allowed());
    assertThat(rule(MentorRules.mayRevoke(applied))).contains("MENTOR_NOT_APPROVED");
    ParentMentor approved = applied.decided(MentorStatus.APPROVED, LEADER, DAY, AT.plusSeconds(60));
    assertThat(rule(MentorRules.mayDecide(approved))).contains("MENTOR_NOT_PENDING");
    assertThat(MentorRules.mayRevoke(approved)).isEqualTo(Decision.allowed());
    ParentMentor revoked = approved.revoked(LEADER, "调动", AT.plusSeconds(120));
    assertThat(revoked.status()).isEqualTo(MentorStatus.REVOKED);
    assertThat(revoked.decidedOn()).isEqualTo(DAY);
    assertThat(revoked.decidedBy()).isEqualTo(LEADER);
    assertThat(rule(MentorRules.mayRevoke(revoked))).contains("MENTOR_NOT_APPROVED");
    assertThat(rule(MentorRules.mayDecide(revoked))).contains("MENTOR_NOT_PENDING");
    ParentMentor rejected = applied.decided(MentorStatus.REJECTED, LEADER, DAY, AT);
    assertThat(rule(MentorRules.mayRevoke(rejected))).contains("MENTOR_NOT_APPROVED");
    assertThatThrownBy(() -> applied.decided(MentorStatus.REVOKED, LEADER, DAY, AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneOpenApplicationPerSchool() {
    assertThat(MentorRules.mayApply(List.of(), SCHOOL)).isEqualTo(Decision.allowed());
    assertThat(rule(MentorRules.mayApply(List.of(applied), SCHOOL))).contains("MENTOR_ALREADY_APPLIED");
    assertThat(MentorRules.mayApply(List.of(applied), SchoolId.of("s2"))).isEqualTo(Decision.allowed());
    ParentMentor rejected = applied.decided(MentorStatus.REJECTED, LEADER, DAY, AT);
    assertThat(MentorRules.mayApply(List.of(rejected), SCHOOL)).isEqualTo(Decision.allowed());
  }

  @Test
  void onlyAnApprovedMentorLogsHours_fromTheApprovalToToday_inHalfHours() {
    BigDecimal one = BigDecimal.ONE;
    assertThat(rule(MentorRules.mayLogHours(applied, DAY, one, DAY))).contains("MENTOR_NOT_ACTIVE");
    ParentMentor approved = applied.decided(MentorStatus.APPROVED, LEADER, DAY, AT);
    assertThat(MentorRules.mayLogHours(approved, DAY, new BigDecimal("0.5"), DAY)).isEqualTo(Decision.allowed());
    assertThat(MentorRules.mayLogHours(approved, DAY, new BigDecimal("12"), DAY)).isEqualTo(Decision.allowed());
    assertThat(rule(MentorRules.mayLogHours(approved, DAY.minusDays(1), one, DAY))).contains("MENTOR_BEFORE_APPROVAL");
    assertThat(rule(MentorRules.mayLogHours(approved, DAY.plusDays(1), one, DAY))).contains("MENTOR_HOURS_FUTURE");
    assertThat(rule(MentorRules.mayLogHours(approved, DAY, new BigDecimal("0.4"), DAY))).contains("MENTOR_HOURS_RANGE");
    assertThat(rule(MentorRules.mayLogHours(approved, DAY, new BigDecimal("12.5"), DAY)))
        .contains("MENTOR_HOURS_RANGE");
    assertThat(rule(MentorRules.mayLogHours(approved, DAY, new BigDecimal("1.25"), DAY)))
        .contains("MENTOR_HOURS_RANGE");
    ParentMentor revoked = approved.revoked(LEADER, "调动", AT);
    assertThat(rule(MentorRules.mayLogHours(revoked, DAY, one, DAY))).contains("MENTOR_NOT_ACTIVE");
    assertThat(rule(MentorRules.mayAssign(revoked, DAY, DAY))).contains("MENTOR_NOT_ACTIVE");
    assertThat(MentorRules.mayAssign(approved, DAY, DAY)).isEqualTo(Decision.allowed());
    assertThat(rule(MentorRules.mayAssign(approved, DAY.minusDays(1), DAY))).contains("MENTOR_BEFORE_APPROVAL");
    assertThat(rule(MentorRules.mayAssign(approved, DAY.plusDays(2), DAY.plusDays(1))))
        .contains("MENTOR_ASSIGNMENT_DATES");
  }

  @Test
  void recordsRejectInvalidFields() {
    assertThatThrownBy(() -> ParentMentor.apply(ParentMentorId.of("m2"), D, SCHOOL, GuardianId.of("g1"),
        UserId.of("u1"), " ", AT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MentorHours("h1", D, ParentMentorId.of("m1"), DAY, new BigDecimal("0.25"), null,
        LEADER, AT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MentorAssignment("a1", D, ParentMentorId.of("m1"), AssignmentKind.CLUB, "x",
        DAY, DAY.minusDays(1), LEADER, AT)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new MentorHours("h1", D, ParentMentorId.of("m1"), DAY, new BigDecimal("12"), null, LEADER, AT).hours())
        .isEqualTo(new BigDecimal("12.0"));
  }
}
