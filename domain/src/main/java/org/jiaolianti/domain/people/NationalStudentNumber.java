package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The national student number (全国学籍号): {@code G} + the 18-character resident ID number, or
 * {@code J}/{@code L} + 18 characters for pupils registered without one. Sensitive: shown masked.
 *
 * <p>中文：全国学籍号。
 */
public record NationalStudentNumber(String value) {
  /** Compiled once: checked for every row the roster reads. */
  private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[GJL][0-9]{17}[0-9X]");

  public NationalStudentNumber {
    checkArgument(value != null && FORMAT.matcher(value).matches(),
        "national student number must be G, J or L followed by 17 digits and a digit or X");
  }

  public static NationalStudentNumber of(String value) {
    return new NationalStudentNumber(value);
  }

  /** The first letter and the last four characters, the rest masked: {@code G**************1234}. */
  public String masked() {
    return value.charAt(0) + "*".repeat(value.length() - 5) + value.substring(value.length() - 4);
  }

  /** Masked, so that the number never reaches a log by accident. */
  @Override
  public String toString() {
    return masked();
  }
}
