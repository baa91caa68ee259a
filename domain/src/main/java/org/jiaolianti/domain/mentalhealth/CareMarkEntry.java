package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.UserId;

/**
 * A {@link CareMark} on a file with its care plan, who set it and when. {@code plan} is free text: the application
 * encrypts it at rest like every note of the file.
 *
 * <p>中文：关爱标记及关爱计划。依据：三(二)6
 */
public record CareMarkEntry(CareMark mark, String plan, UserId by, Instant at) {
  public static final int MAX_PLAN = 2000;

  public CareMarkEntry {
    requireNonNull(mark, "mark");
    checkArgument(plan != null && !plan.isBlank() && plan.length() <= MAX_PLAN, "a care plan must be 1-%s characters",
        MAX_PLAN);
    requireNonNull(by, "by");
    requireNonNull(at, "at");
  }
}
