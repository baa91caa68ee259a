package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a crisis referral. */
public record ReferralId(String value) {
  public ReferralId {
    Ids.check(value, "ReferralId");
  }

  public static ReferralId of(String value) {
    return new ReferralId(value);
  }

  public static ReferralId newId() {
    return new ReferralId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
