package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Code of a signing unit (责任单位), e.g. {@code EDUCATION_BUREAU}; chosen by the seed.
 *
 * <p>中文：单位代码。
 */
public record UnitCode(String value) {
  public UnitCode {
    checkArgument(value != null && value.matches("[A-Z][A-Z0-9_]{1,63}"),
        "unit code must be UPPER_SNAKE_CASE, was '%s'", value);
  }

  public static UnitCode of(String value) {
    return new UnitCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
