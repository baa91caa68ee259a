package org.jiaolianti.domain.instructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The rules on instructors and their service log (五(一)4 培育家庭教育指导师): only an active (not retired) instructor
 * logs services; a service lasts 0.5 to 12 hours in half hours and is logged for a day that has come (services
 * from before the instructor was registered may be logged: the teams existed before this system); a retired
 * instructor stays retired.
 *
 * <p>中文：家庭教育指导师规则。依据：五(一)4
 */
public final class InstructorRules {

  /** 五(一)4: 培育家庭教育指导师. */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)4");

  private InstructorRules() {}

  /** Whether {@code hours} is 0.5 to 12, in half hours. */
  public static boolean hoursInRange(BigDecimal hours) {
    return hours.compareTo(DeliveredService.MIN_HOURS) >= 0 && hours.compareTo(DeliveredService.MAX_HOURS) <= 0
        && hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
  }

  /** Only an active instructor is retired. */
  public static Decision mayRetire(Instructor i) {
    if (!i.active()) {
      return Decision.rejected("INSTRUCTOR_RETIRED", Bilingual.of("该指导师已退出", "the instructor is already retired"),
          CLAUSE);
    }
    return Decision.allowed();
  }

  /** An active instructor logs a service of 0.5-12 hours (half hours) for a day up to today. */
  public static Decision mayLogService(Instructor i, LocalDate on, BigDecimal hours, LocalDate today) {
    if (!i.active()) {
      return Decision.rejected("INSTRUCTOR_RETIRED", Bilingual.of("已退出的指导师不能再登记服务",
          "a retired instructor logs no services"), CLAUSE);
    }
    if (!hoursInRange(hours)) {
      return Decision.rejected("SERVICE_HOURS_RANGE", Bilingual.of("服务时长须为 0.5 至 12 小时，以半小时计",
          "hours are 0.5 to 12, in half hours"), CLAUSE);
    }
    if (on.isAfter(today)) {
      return Decision.rejected("SERVICE_IN_FUTURE", Bilingual.of("不能登记未来日期的服务",
          "a service cannot be logged for a future day"), CLAUSE);
    }
    return Decision.allowed();
  }
}
