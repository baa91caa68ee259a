package org.jiaolianti.adapters.rest.shared;

/**
 * {@code limit} (default 25, 1–500) and {@code offset} (default 0, not negative) of a list request;
 * anything else is a 400 naming the parameter.
 */
public record Paging(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 500;

  /** From the raw query parameters (strings, so that "abc" is our 400 and not a framework 404). */
  public static Paging of(String limit, String offset) {
    int l = number("limit", limit, DEFAULT_LIMIT);
    int o = number("offset", offset, 0);
    if (l < 1 || l > MAX_LIMIT) {
      throw ApiProblem.badParameter("limit", "Range", "limit 须在 1 到 " + MAX_LIMIT + " 之间",
          "limit must be between 1 and " + MAX_LIMIT);
    }
    if (o < 0) {
      throw ApiProblem.badParameter("offset", "Min", "offset 不能为负数", "offset must not be negative");
    }
    return new Paging(l, o);
  }

  private static int number(String name, String value, int fallback) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "Number", name + " 须为整数", name + " must be a whole number");
    }
  }
}
