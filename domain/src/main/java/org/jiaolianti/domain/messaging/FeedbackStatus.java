package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Bilingual;

/** Where a guardian's feedback stands: OPEN → ANSWERED → CLOSED, never back. 中文：意见反馈状态。 */
public enum FeedbackStatus {
  /** Submitted, waiting for the school's answer (overdue after its due date). 中文：待答复。 */
  OPEN("待答复", "open"),
  /** The school has answered. 中文：已答复。 */
  ANSWERED("已答复", "answered"),
  /** Closed after the answer. 中文：已办结。 */
  CLOSED("已办结", "closed");

  private final Bilingual label;

  FeedbackStatus(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
