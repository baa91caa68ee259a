package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Code of a measure of 五, chosen by the seed (Xiang'an: {@code HS1} … {@code PS2}).
 *
 * <p>中文：工作举措代码。
 */
public record MeasureCode(String value) {
  public MeasureCode {
    checkArgument(value != null && value.matches("[A-Z][A-Z0-9_-]{0,31}"),
        "measure code must be upper-case letters, digits, '-' or '_', was '%s'", value);
  }

  public static MeasureCode of(String value) {
    return new MeasureCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
