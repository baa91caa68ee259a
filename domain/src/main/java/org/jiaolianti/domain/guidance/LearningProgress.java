package org.jiaolianti.domain.guidance;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far one guardian got with one item: completed parts over parts (an article or a video has one part, a course
 * one per lesson). 中文：学习进度。
 */
public record LearningProgress(int completedParts, int parts) {

  public LearningProgress {
    checkArgument(parts >= 0 && completedParts >= 0 && completedParts <= parts, "0 <= completed <= parts");
  }

  /** Completed parts / parts, 0 to 1 with four decimals (0 for an item with no parts). */
  public BigDecimal share() {
    return parts == 0 ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(completedParts).divide(BigDecimal.valueOf(parts), 4, RoundingMode.HALF_UP);
  }

  public boolean completed() {
    return parts > 0 && completedParts == parts;
  }
}
