package org.jiaolianti.domain.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The parent-mentor status flow and when a mentor serves (五(一)3 家校双师: 家长导师 for after-school services,
 * clubs and career enlightenment). APPLIED → APPROVED → REVOKED, or APPLIED → REJECTED; only an approved, not
 * revoked mentor is assigned or logs hours, and not for a day before the approval.
 *
 * <p>中文：家长导师规则。
 */
public final class MentorRules {

  /** 五(一)3: 实施“家校双师”共育行动 (家长导师). */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)3");

  private MentorRules() {}

  /** A guardian has at most one open (APPLIED or APPROVED) application per school. */
  public static Decision mayApply(List<ParentMentor> ownApplications, SchoolId school) {
    boolean open = ownApplications.stream().anyMatch(m -> m.school().equals(school)
        && (m.status() == MentorStatus.APPLIED || m.status() == MentorStatus.APPROVED));
    if (open) {
      return Decision.rejected("MENTOR_ALREADY_APPLIED", Bilingual.of("已在该校申请或担任家长导师",
          "an application at this school is already pending or approved"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** An application is approved or rejected once, while APPLIED. */
  public static Decision mayDecide(ParentMentor m) {
    if (m.status() != MentorStatus.APPLIED) {
      return Decision.rejected("MENTOR_NOT_PENDING", Bilingual.of("该导师申请已处理，不能再审批",
          "the application was already decided (" + m.status() + ")"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** Only an approved (not revoked) mentor's approval is revoked. */
  public static Decision mayRevoke(ParentMentor m) {
    if (m.status() != MentorStatus.APPROVED) {
      return Decision.rejected("MENTOR_NOT_APPROVED", Bilingual.of("只能撤销已批准的家长导师资格",
          "only an approved mentor's approval is revoked (" + m.status() + ")"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** An approved mentor is assigned for dates from the approval on. */
  public static Decision mayAssign(ParentMentor m, LocalDate from, LocalDate to) {
    Decision active = active(m);
    if (!active.isAllowed()) {
      return active;
    }
    if (to.isBefore(from)) {
      return Decision.rejected("MENTOR_ASSIGNMENT_DATES", Bilingual.of("任务结束日期不能早于开始日期",
          "an assignment ends on or after its start"), CLAUSE);
    }
    if (from.isBefore(m.decidedOn())) {
      return Decision.rejected("MENTOR_BEFORE_APPROVAL", Bilingual.of("任务不能早于导师批准日期",
          "an assignment cannot start before the approval"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** An approved mentor logs 0.5-12 hours (in half hours) for a day from the approval on, not in the future. */
  public static Decision mayLogHours(ParentMentor m, LocalDate on, BigDecimal hours, LocalDate today) {
    Decision active = active(m);
    if (!active.isAllowed()) {
      return active;
    }
    if (hours.compareTo(MentorHours.MIN) < 0 || hours.compareTo(MentorHours.MAX) > 0
        || hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
      return Decision.rejected("MENTOR_HOURS_RANGE", Bilingual.of("服务时长须为 0.5 至 12 小时，以半小时计",
          "hours are 0.5 to 12, in half hours"), CLAUSE);
    }
    if (on.isBefore(m.decidedOn())) {
      return Decision.rejected("MENTOR_BEFORE_APPROVAL", Bilingual.of("不能登记批准日期之前的服务时长",
          "hours cannot be logged for a day before the approval"), CLAUSE);
    }
    if (on.isAfter(today)) {
      return Decision.rejected("MENTOR_HOURS_FUTURE", Bilingual.of("不能登记未来日期的服务时长",
          "hours cannot be logged for a future day"), CLAUSE);
    }
    return Decision.allowed();
  }

  private static Decision active(ParentMentor m) {
    if (!m.active()) {
      return Decision.rejected("MENTOR_NOT_ACTIVE", Bilingual.of("只有已批准且未被撤销的家长导师才能安排任务或登记时长",
          "only an approved, not revoked mentor is assigned or logs hours (" + m.status() + ")"), CLAUSE);
    }
    return Decision.allowed();
  }
}
