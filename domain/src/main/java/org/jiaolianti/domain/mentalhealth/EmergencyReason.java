package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * Why a crisis referral goes ahead without a referral consent: the statutory emergency path. PIPL Art. 13(4)
 * allows processing without consent where it is necessary "to protect a natural person's life, health and property
 * in an emergency"; Art. 18(2) then requires informing the person (for a minor, the guardian) once the emergency is
 * over. The Minors Protection Law (2020) Art. 72 otherwise requires the guardian's consent for a child under 14.
 * Legal bases outside the policy text, so no {@code ClauseRef}; the green channel itself is 五(二)1.
 *
 * <p>中文：紧急情况免同意转介的事由（《个人信息保护法》第十三条第一款第（四）项；事后告知监护人，第十八条第二款）。
 */
public enum EmergencyReason {
  IMMINENT_RISK_TO_LIFE("学生生命面临紧迫危险（如自杀、自伤）", "imminent risk to the student's life (suicide, self-harm)",
      "PIPL Art. 13(4)"),
  SERIOUS_RISK_TO_HEALTH("学生身心健康面临严重危险（如急性精神症状）", "serious risk to the student's health (acute psychiatric symptoms)",
      "PIPL Art. 13(4)"),
  RISK_TO_OTHERS("他人生命健康面临紧迫危险", "imminent risk to the life or health of others", "PIPL Art. 13(4)");

  private final Bilingual label;
  private final String legalBasis;

  EmergencyReason(String zh, String en, String legalBasis) {
    this.label = Bilingual.of(zh, en);
    this.legalBasis = legalBasis;
  }

  public Bilingual label() {
    return label;
  }

  /** The statutory basis, e.g. {@code PIPL Art. 13(4)}. */
  public String legalBasis() {
    return legalBasis;
  }
}
