/**
 * The crisis referral green channel (心理危机转介"绿色通道", 五(二)1): a school opens a referral to a mental-health
 * medical institution on a referral consent or the statutory emergency path, both sides take their steps under
 * If-Match, the guardian is alerted at each step, free text is encrypted at rest, every read and step is audited,
 * and breached time limits are flagged. 中文：心理危机转介。依据：五(二)1、三(六)4
 */
package org.jiaolianti.application.referral;
