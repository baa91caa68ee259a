package org.jiaolianti.adapters.rest.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Filters and dates from the query string: a value that cannot be one is a 400 naming the parameter. */
public final class QueryParams {

  private QueryParams() {}

  /** The enum constant {@code value} names (exactly, UPPER_SNAKE), null when absent. */
  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw ApiProblem.badParameter(name, "UnknownValue", name + " 取值无效，可选：" + allowed,
          name + " is not a valid value; one of: " + allowed);
    }
  }

  /** {@code true} or {@code false}, null when absent. */
  public static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ApiProblem.badParameter(name, "Boolean", name + " 须为 true 或 false",
          name + " must be true or false");
    };
  }

  /** A {@code YYYY-MM-DD} date, or {@code fallback} when absent. */
  public static LocalDate date(String name, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(name, "Date", name + " 须为 YYYY-MM-DD 格式的日期", name + " must be a date YYYY-MM-DD");
    }
  }

  /** Blank is absent. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
