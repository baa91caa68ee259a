package org.jiaolianti.domain.milestone;

/**
 * Where a milestone target stands as of a date (MISSION §5).
 *
 * <p>中文：目标状态。
 */
public enum MilestoneStatus {
  /** The as-of date is before the policy's issue date. 未开始. */
  NOT_STARTED,
  /** Before the deadline, at or above the straight line to the target. 进度正常. */
  ON_TRACK,
  /** Before the deadline, below the straight line. 存在风险. */
  AT_RISK,
  /** The actual reaches the target (before the deadline, or on the data valid at the deadline). 已达成. */
  MET,
  /** On or after the deadline, the data valid at the deadline fall short. 未达成. */
  MISSED
}
