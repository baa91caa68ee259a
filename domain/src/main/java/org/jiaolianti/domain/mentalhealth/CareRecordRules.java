package org.jiaolianti.domain.mentalhealth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Decision;

/**
 * Rules of observations and interventions (五(二)2 "对重点关注学生主动介入疏导干预"): not dated in the future; an
 * intervention has a plan; a follow-up is not before the record; a follow-up is done once. Overdue follow-ups (open,
 * past their day) are flagged to the school's mental-health lead ({@link #overdue}).
 *
 * <p>中文：观察与干预记录规则、逾期跟进。依据：五(二)2
 */
public final class CareRecordRules {

  private CareRecordRules() {}

  public static Decision mayRecord(CareKind kind, LocalDate on, String plan, LocalDate followUpOn, LocalDate today) {
    if (on.isAfter(today)) {
      return Decision.rejected("CARE_DATE_FUTURE", Bilingual.of("记录日期不能晚于今天", "a record cannot be dated in the future"),
          MentalHealthFileRules.CLAUSE);
    }
    if (kind.intervention() && (plan == null || plan.isBlank())) {
      return Decision.rejected("INTERVENTION_PLAN_REQUIRED", Bilingual.of(kind.label().zh() + "须填写帮扶计划",
          "a " + kind.label().en() + " needs a plan"), MentalHealthFileRules.CLAUSE);
    }
    if (followUpOn != null && followUpOn.isBefore(on)) {
      return Decision.rejected("FOLLOW_UP_BEFORE_RECORD", Bilingual.of("跟进日期不能早于记录日期",
          "a follow-up cannot be before the record's day"), MentalHealthFileRules.CLAUSE);
    }
    return Decision.allowed();
  }

  public static Decision mayCompleteFollowUp(CareRecord record) {
    if (record.followUpOn() == null) {
      return Decision.rejected("FOLLOW_UP_NONE", Bilingual.of("该记录没有安排跟进", "the record has no follow-up planned"),
          MentalHealthFileRules.CLAUSE);
    }
    if (record.followedUpAt() != null) {
      return Decision.rejected("FOLLOW_UP_ALREADY_DONE", Bilingual.of("该跟进已完成", "the follow-up is already done"),
          MentalHealthFileRules.CLAUSE);
    }
    return Decision.allowed();
  }

  /** The records whose follow-up is open and past its day on {@code day}, oldest follow-up first. */
  public static List<CareRecord> overdue(Collection<CareRecord> records, LocalDate day) {
    return records.stream().filter(r -> r.overdueOn(day))
        .sorted(Comparator.comparing(CareRecord::followUpOn).thenComparing(r -> r.id().value())).toList();
  }
}
