package org.jiaolianti.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The district key: a county-level GB/T 2260 administrative code (Xiang'an: {@code 350213}).
 * Every record belongs to exactly one district.
 *
 * <p>中文：区县行政区划代码。
 */
public record DistrictCode(String value) {
  /** Compiled once: a district code is checked for every row the adapters read. */
  private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[1-9][0-9]{5}");

  public DistrictCode {
    checkArgument(value != null && FORMAT.matcher(value).matches(),
        "district code must be a six-digit GB/T 2260 code, was '%s'", value);
  }

  public static DistrictCode of(String value) {
    return new DistrictCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
