package org.jiaolianti.domain.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A scope: its type and, where the type needs one, the id or code of what it covers.
 *
 * <p>中文：数据范围。
 */
public record Scope(ScopeType type, String reference) {
  public Scope {
    requireNonNull(type, "type");
    if (type.needsReference()) {
      checkArgument(reference != null && !reference.isBlank() && reference.length() <= 64,
          "a %s scope names what it covers", type);
    } else {
      checkArgument(reference == null, "a %s scope names nothing", type);
    }
  }

  public static Scope district() {
    return new Scope(ScopeType.DISTRICT, null);
  }

  public static Scope of(ScopeType type, String reference) {
    return new Scope(type, reference);
  }

  public Optional<String> optionalReference() {
    return Optional.ofNullable(reference);
  }

  @Override
  public String toString() {
    return reference == null ? type.name() : type + ":" + reference;
  }
}
