package org.jiaolianti.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** A node of the seed file that knows its path, so every error can say where it is. */
final class SeedNode {

  private final String file;
  private final String path;
  private final JsonNode node;

  SeedNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  String path() {
    return path;
  }

  SeedException error(String problem) {
    return new SeedException(file, path, problem, null);
  }

  SeedException error(String problem, Throwable cause) {
    return new SeedException(file, path, problem, cause);
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Fails if the object has a field not in {@code allowed} (catches typos such as {@code responsibleUnit}). */
  SeedNode onlyFields(String... allowed) {
    if (!node.isObject()) {
      throw error("must be a mapping (key: value)");
    }
    Set<String> known = Set.of(allowed);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new SeedException(file, child(name), "unknown field; expected one of " + new TreeSet<>(known), null);
      }
    }
    return this;
  }

  SeedNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new SeedException(file, child(field), "is required", null);
    }
    return new SeedNode(file, child(field), value);
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  String text(String field) {
    SeedNode value = required(field);
    if (!value.node.isValueNode() || value.node.asText().isBlank()) {
      throw value.error("must be a non-empty text");
    }
    return value.node.asText().strip();
  }

  String optionalText(String field) {
    return has(field) ? text(field) : null;
  }

  LocalDate date(String field) {
    String value = text(field);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw required(field).error("must be a date YYYY-MM-DD, was '" + value + "'");
    }
  }

  LocalDate optionalDate(String field) {
    return has(field) ? date(field) : null;
  }

  boolean bool(String field) {
    SeedNode value = required(field);
    if (!value.node.isBoolean()) {
      throw value.error("must be true or false");
    }
    return value.node.booleanValue();
  }

  int integer(String field) {
    SeedNode value = required(field);
    if (!value.node.canConvertToExactIntegral() || !value.node.canConvertToInt()) {
      throw value.error("must be a whole number");
    }
    return value.node.intValue();
  }

  BigDecimal decimal(String field) {
    SeedNode value = required(field);
    if (!value.node.isNumber()) {
      throw value.error("must be a number");
    }
    return value.node.decimalValue();
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return required(field).asEnum(type);
  }

  <E extends Enum<E>> E asEnum(Class<E> type) {
    String value = node.asText();
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error("unknown value '" + value + "'; expected one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  String asText() {
    if (!node.isValueNode() || node.asText().isBlank()) {
      throw error("must be a non-empty text");
    }
    return node.asText().strip();
  }

  /** The elements of a list field; a missing field is an error unless {@code optional}. */
  List<SeedNode> list(String field, boolean optional) {
    if (!has(field)) {
      if (optional) {
        return List.of();
      }
      throw new SeedException(file, child(field), "is required", null);
    }
    SeedNode list = required(field);
    if (!list.node.isArray()) {
      throw list.error("must be a list");
    }
    List<SeedNode> items = new ArrayList<>();
    for (int i = 0; i < list.node.size(); i++) {
      items.add(new SeedNode(file, list.path + "[" + i + "]", list.node.get(i)));
    }
    return items;
  }

  /** Builds a domain value, reporting a failed domain check at this node's path. */
  <T> T build(Function<SeedNode, T> factory) {
    try {
      return factory.apply(this);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw error(e.getMessage(), e);
    }
  }
}
