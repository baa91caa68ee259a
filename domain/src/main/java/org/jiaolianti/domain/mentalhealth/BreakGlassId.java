package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a break-glass access. */
public record BreakGlassId(String value) {
  public BreakGlassId {
    Ids.check(value, "BreakGlassId");
  }

  public static BreakGlassId of(String value) {
    return new BreakGlassId(value);
  }

  public static BreakGlassId newId() {
    return new BreakGlassId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
