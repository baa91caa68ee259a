package org.jiaolianti.domain.activity;

/**
 * Where a registration stands.
 *
 * <p>中文：报名状态。
 */
public enum RegistrationStatus {
  /** 待抽签: registered for a lottery not yet drawn. */
  PENDING,
  /** 已确认: holds a place. */
  CONFIRMED,
  /** 候补: waiting for a place, promoted in order of its position. */
  WAITLISTED,
  /** 已取消. */
  CANCELLED;

  /** True if the registration counts against the per-term limit (it is not cancelled). */
  public boolean isActive() {
    return this != CANCELLED;
  }
}
