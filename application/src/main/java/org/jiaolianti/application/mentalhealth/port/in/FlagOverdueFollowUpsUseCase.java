package org.jiaolianti.application.mentalhealth.port.in;

import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Flags overdue follow-ups to the school's mental-health lead (五(二)2 "主动介入疏导干预"; the lead of 五(二)3): one
 * alert per overdue follow-up and recipient, however often it runs. A system job (the district server runs it on a
 * schedule); it shows nobody any content, so it is not an access decision.
 *
 * <p>中文：逾期跟进提醒（提醒学校心理健康负责人）。依据：五(二)2
 */
public interface FlagOverdueFollowUpsUseCase {

  /**
   * Raises the alerts still missing for the district's follow-ups overdue today; returns the overdue follow-ups with
   * a recipient (an alert already raised for one is not raised again).
   */
  int flagOverdue(DistrictCode district);

  /** {@link #flagOverdue(DistrictCode)} for every district with an active policy. */
  int flagOverdue();
}
