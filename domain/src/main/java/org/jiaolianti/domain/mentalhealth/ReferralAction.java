package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * A step taken on a referral, by the side that takes it: the institution accepts, rejects and records the outcome;
 * the school records the return (with its follow-up plan), closes, withdraws and reroutes.
 *
 * <p>中文：转介操作。依据：五(二)1
 */
public enum ReferralAction {
  ACCEPT(Side.INSTITUTION, ReferralStatus.ACCEPTED, "接收", "accept"),
  REJECT(Side.INSTITUTION, ReferralStatus.REJECTED, "不予接收", "reject"),
  RECORD_OUTCOME(Side.INSTITUTION, ReferralStatus.OUTCOME_RECORDED, "记录诊疗结果", "record the outcome"),
  RETURN_TO_SCHOOL(Side.SCHOOL, ReferralStatus.RETURNED_TO_SCHOOL, "返校（跟进计划）", "return to school"),
  CLOSE(Side.SCHOOL, ReferralStatus.CLOSED, "结案", "close"),
  WITHDRAW(Side.SCHOOL, ReferralStatus.WITHDRAWN, "撤回", "withdraw"),
  REROUTE(Side.SCHOOL, ReferralStatus.REROUTED, "改转其他机构", "reroute");

  /** Who takes a step: the referring school or the receiving institution. 中文：操作方。 */
  public enum Side {
    SCHOOL,
    INSTITUTION
  }

  private final Side side;
  private final ReferralStatus to;
  private final Bilingual label;

  ReferralAction(Side side, ReferralStatus to, String zh, String en) {
    this.side = side;
    this.to = to;
    this.label = Bilingual.of(zh, en);
  }

  public Side side() {
    return side;
  }

  /** The status the step leads to. */
  public ReferralStatus to() {
    return to;
  }

  public Bilingual label() {
    return label;
  }
}
