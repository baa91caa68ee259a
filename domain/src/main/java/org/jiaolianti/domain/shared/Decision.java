package org.jiaolianti.domain.shared;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of a policy rule: allowed, or rejected with the rule's name, a bilingual reason and
 * the clause it comes from. Policy refusals are returned, not thrown.
 *
 * <p>中文：规则判定结果。
 */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

  Allowed ALLOWED = new Allowed();

  static Decision allowed() {
    return ALLOWED;
  }

  static Decision rejected(String rule, Bilingual reason, ClauseRef clause) {
    return new Rejected(rule, reason, clause);
  }

  boolean isAllowed();

  /** Allowed. */
  record Allowed() implements Decision {
    @Override
    public boolean isAllowed() {
      return true;
    }
  }

  /**
   * Rejected by {@code rule} for {@code reason}; {@code clause} is the clause of the policy (or, for
   * a local setting, of the seed) the rule comes from, or null for a data-integrity rule.
   */
  record Rejected(String rule, Bilingual reason, ClauseRef clause) implements Decision {
    public Rejected {
      requireNonNull(rule, "rule");
      requireNonNull(reason, "reason");
    }

    @Override
    public boolean isAllowed() {
      return false;
    }
  }
}
