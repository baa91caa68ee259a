package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A mainland China mobile number (11 digits, starting 1[3-9]). Personal information: shown masked.
 *
 * <p>中文：手机号码。
 */
public record MobileNumber(String value) {
  public MobileNumber {
    checkArgument(value != null && value.matches("1[3-9][0-9]{9}"), "mobile number must be 11 digits starting with 13-19");
  }

  public static MobileNumber of(String value) {
    return new MobileNumber(value);
  }

  /** {@code 138****5678}. */
  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(7);
  }

  @Override
  public String toString() {
    return masked();
  }
}
