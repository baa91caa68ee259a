package org.jiaolianti.application.shared;

import org.jiaolianti.domain.shared.Decision;

/**
 * A policy rule refused the change (REST: 422). Carries the rule, its bilingual reason and the clause
 * of the policy (or seed setting) it comes from.
 */
public final class RuleViolationException extends JiaoliantiException {

  private static final long serialVersionUID = 1L;

  private final transient Decision.Rejected decision;

  public RuleViolationException(Decision.Rejected decision) {
    super(decision.reason());
    this.decision = decision;
  }

  /** Throws if {@code decision} is a rejection. */
  public static void throwIfRejected(Decision decision) {
    if (decision instanceof Decision.Rejected rejected) {
      throw new RuleViolationException(rejected);
    }
  }

  public Decision.Rejected decision() {
    return decision;
  }
}
