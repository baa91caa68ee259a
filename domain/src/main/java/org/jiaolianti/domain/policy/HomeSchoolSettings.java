package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalTime;

/**
 * Guardrails of the home–school platform's notices that protect families: quiet hours in which
 * non-urgent notices are held, and a per-class daily cap. The document gives no numbers; they follow
 * national rules on reducing the burden on families and are local settings of the seed.
 *
 * <p>中文：家校互动通知的本地设置（免打扰时段、每班每日通知上限）。依据：五(一)2（数值为本地设置，依据国家有关规定，非原文）
 *
 * @param quietFrom start of the quiet hours (inclusive), e.g. 21:00
 * @param quietTo end of the quiet hours (exclusive), e.g. 07:00; before {@code quietFrom} means overnight
 * @param dailyNoticeCapPerClass the most non-urgent notices a class may receive per day (1..50)
 */
public record HomeSchoolSettings(LocalTime quietFrom, LocalTime quietTo, int dailyNoticeCapPerClass) {

  public HomeSchoolSettings {
    requireNonNull(quietFrom, "quietFrom");
    requireNonNull(quietTo, "quietTo");
    checkArgument(!quietFrom.equals(quietTo), "quiet hours must not start and end at the same time (%s)", quietFrom);
    checkArgument(dailyNoticeCapPerClass >= 1 && dailyNoticeCapPerClass <= 50,
        "dailyNoticeCapPerClass must be 1-50, was %s", dailyNoticeCapPerClass);
  }

  /** 21:00–07:00 and three notices per class per day. */
  public static HomeSchoolSettings defaults() {
    return new HomeSchoolSettings(LocalTime.of(21, 0), LocalTime.of(7, 0), 3);
  }

  /** Whether {@code time} lies in the quiet hours. */
  public boolean isQuiet(LocalTime time) {
    if (quietFrom.isBefore(quietTo)) {
      return !time.isBefore(quietFrom) && time.isBefore(quietTo);
    }
    return !time.isBefore(quietFrom) || time.isBefore(quietTo);
  }
}
