package org.jiaolianti.domain.policy;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * What a milestone of 二 measures. How each is computed is code; targets and years are data.
 *
 * <p>中文：主要目标指标。依据：二
 */
public enum MilestoneMetric {
  /** Share (0..1) of counted open schools that have established their 教联体, as of a date. */
  ESTABLISHMENT_SHARE("建立“教联体”的学校占比", "Share of schools with an established alliance", false),
  /** Typical cases selected since the policy was issued (cumulative). */
  TYPICAL_CASES("遴选典型案例数（累计）", "Typical cases selected (cumulative)", true),
  /** Experience-exchange events held within the target's year. */
  EXCHANGE_EVENTS("经验交流活动次数（当年）", "Experience-exchange events in the year", true);

  private final Bilingual label;
  private final boolean count;

  MilestoneMetric(String zh, String en, boolean count) {
    this.label = Bilingual.of(zh, en);
    this.count = count;
  }

  public Bilingual label() {
    return label;
  }

  /** True for a whole-number count, false for a share between 0 and 1. */
  public boolean isCount() {
    return count;
  }
}
