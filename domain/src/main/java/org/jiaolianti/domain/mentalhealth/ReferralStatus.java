package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * Where a referral stands: OPEN → ACCEPTED → OUTCOME_RECORDED → RETURNED_TO_SCHOOL → CLOSED; REJECTED (by the
 * institution), WITHDRAWN (by the school) and REROUTED (replaced by a linked referral to another institution) end it.
 *
 * <p>中文：转介状态。依据：五(二)1
 */
public enum ReferralStatus {
  OPEN("已转介待接收", "open"),
  ACCEPTED("已接收", "accepted"),
  OUTCOME_RECORDED("已出具诊疗结果", "outcome recorded"),
  RETURNED_TO_SCHOOL("已返校", "returned to school"),
  CLOSED("已结案", "closed"),
  REJECTED("机构未接收", "rejected"),
  WITHDRAWN("学校撤回", "withdrawn"),
  REROUTED("已改转其他机构", "rerouted");

  private final Bilingual label;

  ReferralStatus(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }

  /** CLOSED, REJECTED, WITHDRAWN and REROUTED end a referral. */
  public boolean terminal() {
    return this == CLOSED || this == REJECTED || this == WITHDRAWN || this == REROUTED;
  }
}
