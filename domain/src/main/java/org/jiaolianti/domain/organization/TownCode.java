package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Code of a town or street (镇/街道), a GB/T 10114 township code (nine digits, e.g. {@code 350213001}).
 *
 * <p>中文：镇(街)代码。
 */
public record TownCode(String value) {
  public TownCode {
    checkArgument(value != null && value.matches("[1-9][0-9]{8}"),
        "town code must be a nine-digit township code, was '%s'", value);
  }

  public static TownCode of(String value) {
    return new TownCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
