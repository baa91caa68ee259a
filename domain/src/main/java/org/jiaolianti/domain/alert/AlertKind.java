package org.jiaolianti.domain.alert;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * Why someone is alerted. An alert says that something happened and whom to contact, never the sensitive content
 * itself (no notes, no diagnosis, no level).
 *
 * <p>中文：提醒类型。
 */
public enum AlertKind {
  /** A referral of the guardian's child took a step (五(二)1: the guardian is informed at each step). */
  REFERRAL_STEP("转介进展", "referral step"),
  /** A crisis referral went ahead on the emergency path; the guardian is informed afterwards (PIPL Art. 18(2)). */
  REFERRAL_EMERGENCY("紧急转介告知", "emergency referral"),
  /** A district officer opened break-glass access to a student of the school (五(二)2); to the school's lead. */
  BREAK_GLASS_OPENED("紧急调阅", "break-glass access opened"),
  /** A care follow-up is overdue (五(二)2); to the school's mental-health lead. */
  FOLLOW_UP_OVERDUE("跟进逾期", "follow-up overdue");

  private final Bilingual label;

  AlertKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
