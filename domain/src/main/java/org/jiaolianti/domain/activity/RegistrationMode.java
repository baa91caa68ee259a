package org.jiaolianti.domain.activity;

/**
 * How an activity's places are given: in order of registration, or by a lottery drawn after the window.
 *
 * <p>中文：名额分配方式（先到先得 / 抽签）。
 */
public enum RegistrationMode {
  /** 先到先得: a registration is confirmed while places remain, waitlisted after. */
  FIRST_COME,
  /** 抽签: registrations are pending until the organiser draws; the draw confirms up to capacity, waitlists the rest in drawn order. */
  LOTTERY
}
