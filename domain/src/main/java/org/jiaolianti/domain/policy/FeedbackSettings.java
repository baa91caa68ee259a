package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How long a school has to answer a guardian's feedback (三(三)3 asks for timely answers and gives no
 * figure): {@code responseDays} calendar days, or working days for a year whose {@link WorkingCalendar}
 * the seed provides. A local setting (seed {@code localSettings.homeSchool.feedbackResponseDays}).
 *
 * <p>中文：家长意见答复时限（本地设置）。
 */
public record FeedbackSettings(int responseDays) {

  public static final int DEFAULT_RESPONSE_DAYS = 5;

  public FeedbackSettings {
    checkArgument(responseDays >= 1 && responseDays <= 90, "feedbackResponseDays must be 1-90, was %s", responseDays);
  }

  public static FeedbackSettings defaults() {
    return new FeedbackSettings(DEFAULT_RESPONSE_DAYS);
  }
}
