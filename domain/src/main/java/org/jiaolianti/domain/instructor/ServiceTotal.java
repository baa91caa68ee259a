package org.jiaolianti.domain.instructor;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jiaolianti.domain.organization.SchoolId;

/**
 * Instructor services of one kind delivered at one school over a date range: how many, how many hours and how
 * many people reached. For the home-school report (五(一)4).
 *
 * <p>中文：学校指导服务汇总。
 */
public record ServiceTotal(SchoolId school, ServiceKind kind, long services, BigDecimal hours, long audience) {
  public ServiceTotal {
    requireNonNull(school, "school");
    requireNonNull(kind, "kind");
    checkArgument(services > 0, "a total counts at least one service");
    requireNonNull(hours, "hours");
    checkArgument(audience >= 0, "audience must be >= 0");
  }
}
