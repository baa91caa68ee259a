package org.jiaolianti.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A reference to a clause of the policy document in its own numbering, such as {@code 二},
 * {@code 三(二)5}, {@code 四(二)} or {@code 五(一)1}.
 *
 * <p>中文：条款引用。
 */
public record ClauseRef(String value) implements Comparable<ClauseRef> {

  private static final String NUMERALS = "一二三四五六七八九十";
  private static final Pattern FORMAT =
      Pattern.compile("[" + NUMERALS + "]+(\\([" + NUMERALS + "]+\\)([0-9]+)?)?");

  public ClauseRef {
    checkArgument(value != null && FORMAT.matcher(value).matches(),
        "clause reference must look like 二, 三(二) or 五(一)1, was '%s'", value);
  }

  public static ClauseRef of(String value) {
    return new ClauseRef(value);
  }

  /** True if this clause is {@code other} or lies inside it ({@code 五(一)1} is within {@code 五(一)} and {@code 五}). */
  public boolean isWithin(ClauseRef other) {
    if (value.equals(other.value)) {
      return true;
    }
    if (!value.startsWith(other.value)) {
      return false;
    }
    // A part (五) holds sub-parts (五(一)); a sub-part (五(一)) holds items (五(一)1); an item holds nothing,
    // so 三(二)11 is not within 三(二)1.
    char last = other.value.charAt(other.value.length() - 1);
    char next = value.charAt(other.value.length());
    return (NUMERALS.indexOf(last) >= 0 && next == '(') || (last == ')' && Character.isDigit(next));
  }

  @Override
  public int compareTo(ClauseRef o) {
    return sortKey().compareTo(o.sortKey());
  }

  private String sortKey() {
    StringBuilder key = new StringBuilder();
    StringBuilder digits = new StringBuilder();
    for (char c : value.toCharArray()) {
      int n = NUMERALS.indexOf(c);
      if (n >= 0) {
        key.append((char) ('a' + n));
      } else if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        key.append(c == '(' ? '0' : '1');
      }
    }
    if (digits.length() > 0) {
      key.append(String.format("%04d", Integer.parseInt(digits.toString())));
    }
    return key.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
