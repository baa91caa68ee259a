package org.jiaolianti.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term (学期) as {@code YYYY-YYYY-N}: the school year and term 1 (autumn) or 2 (spring), such as
 * {@code 2025-2026-2}.
 *
 * <p>中文：学期。
 */
public record Term(String value) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})-([12])");

  public Term {
    Matcher m = value == null ? null : FORMAT.matcher(value);
    checkArgument(m != null && m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1,
        "term must look like 2025-2026-1 (a school year and term 1 or 2), was '%s'", value);
  }

  public static Term of(String value) {
    return new Term(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
