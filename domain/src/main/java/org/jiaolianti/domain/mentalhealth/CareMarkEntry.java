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
  /** The longest plan a user may write (validated by the application on the plain text). */
  public static final int MAX_PLAN = 2000;
  /** The longest {@code plan} held: sealed by the application (see {@link LevelChange#MAX_STORED_NOTE}). */
  public static final int MAX_STORED_PLAN = 4 * MAX_PLAN + 100;

  public CareMarkEntry {
    requireNonNull(mark, "mark");
    checkArgument(plan != null && !plan.isBlank() && plan.length() <= MAX_STORED_PLAN,
        "a care plan must be 1-%s characters (sealed)", MAX_STORED_PLAN);
    requireNonNull(by, "by");
    requireNonNull(at, "at");
  }
}
