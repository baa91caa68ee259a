package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * How urgent a referral is; each urgency has its own step time limits in the seed
 * ({@link MentalHealthSettings#limitFor}). Only a CRISIS referral may take the statutory emergency path without
 * consent ({@link ConsentRules#mayRefer}).
 *
 * <p>中文：转介紧急程度（危机、紧急、常规）。依据：五(二)1
 */
public enum ReferralUrgency {
  CRISIS("危机", "crisis"),
  URGENT("紧急", "urgent"),
  ROUTINE("常规", "routine");

  private final Bilingual label;

  ReferralUrgency(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
