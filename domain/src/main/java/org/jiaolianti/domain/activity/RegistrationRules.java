package org.jiaolianti.domain.activity;

import java.time.Instant;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The rules of registering for an activity (活动报名 on the home–school platform, 五(一)2): the window, the
 * eligible grades, the per-term limit (a local setting of the seed), and when a lottery may be drawn.
 *
 * <p>中文：活动报名规则。依据：五(一)2（平台“活动报名”功能）；每生每学期活动上限为本地设置。
 */
public final class RegistrationRules {

  public static final String WINDOW = "REGISTRATION_WINDOW";
  public static final String GRADE = "ELIGIBLE_GRADE";
  public static final String TERM_LIMIT = "ACTIVITIES_PER_STUDENT_PER_TERM";
  public static final String DRAW = "LOTTERY_DRAW";
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)2");

  private RegistrationRules() {}

  /** Registration happens inside the window (cancellation at any time): opensAt ≤ now &lt; closesAt. */
  public static Decision windowOpen(Activity activity, Instant now) {
    if (activity.isOpenAt(now)) {
      return Decision.allowed();
    }
    boolean before = now.isBefore(activity.opensAt());
    return Decision.rejected(WINDOW, before
        ? Bilingual.of("报名尚未开始（" + activity.opensAt() + " 开始）", "registration opens at " + activity.opensAt())
        : Bilingual.of("报名已截止（" + activity.closesAt() + " 截止）", "registration closed at " + activity.closesAt()),
        CLAUSE);
  }

  /** The student's grade is one of the activity's eligible grades. */
  public static Decision gradeEligible(Activity activity, int grade) {
    if (activity.eligibleGrades().contains(grade)) {
      return Decision.allowed();
    }
    return Decision.rejected(GRADE, Bilingual.of("该活动面向 " + activity.eligibleGrades() + " 年级，学生在 " + grade + " 年级",
        "the activity is for grades " + activity.eligibleGrades() + ", the student is in grade " + grade), CLAUSE);
  }

  /** A student holds fewer than {@code limit} active registrations in the activity's term before this one. */
  public static Decision withinTermLimit(Activity activity, long activeInTerm, int limit) {
    if (activeInTerm < limit) {
      return Decision.allowed();
    }
    return Decision.rejected(TERM_LIMIT, Bilingual.of("该生本学期（" + activity.term() + "）已报名 " + activeInTerm
        + " 项活动，已达上限 " + limit + " 项（本地设置）", "the student already holds " + activeInTerm
        + " registrations in term " + activity.term() + ", the limit is " + limit + " (a local setting)"), CLAUSE);
  }

  /** A lottery is drawn once, after its window has closed. */
  public static Decision canDraw(Activity activity, Instant now) {
    if (activity.mode() != RegistrationMode.LOTTERY) {
      return Decision.rejected(DRAW, Bilingual.of("该活动为先到先得，无需抽签", "the activity is first-come, not a lottery"),
          CLAUSE);
    }
    if (activity.isDrawn()) {
      return Decision.rejected(DRAW, Bilingual.of("该活动已抽签", "the lottery has already been drawn"), CLAUSE);
    }
    if (now.isBefore(activity.closesAt())) {
      return Decision.rejected(DRAW, Bilingual.of("报名截止（" + activity.closesAt() + "）后才能抽签",
          "the lottery is drawn after registration closes at " + activity.closesAt()), CLAUSE);
    }
    return Decision.allowed();
  }
}
