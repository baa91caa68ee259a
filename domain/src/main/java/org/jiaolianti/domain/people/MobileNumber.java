package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A mainland China mobile number (11 digits, starting 1[3-9]). Personal information: shown masked.
 *
 * <p>中文：手机号码。
 */
public record MobileNumber(String value) {
  /** Compiled once: checked for every row the roster reads. */
  private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("1[3-9][0-9]{9}");

  public MobileNumber {
    checkArgument(value != null && FORMAT.matcher(value).matches(), "mobile number must be 11 digits starting with 13-19");
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
