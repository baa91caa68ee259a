package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.ReferralsContract;
import org.jiaolianti.application.referral.port.out.Referrals;

/** The in-memory referrals port against its contract. */
class InMemoryReferralsContractTest extends ReferralsContract {

  @Override
  protected Referrals referrals() {
    return new InMemoryReferrals();
  }
}
