/** REST for the crisis referral green channel (心理危机转介, 五(二)1): {@code /api/v1/referrals}. */
package org.jiaolianti.adapters.rest.referral;
