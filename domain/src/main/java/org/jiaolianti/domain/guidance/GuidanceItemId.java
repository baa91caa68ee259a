package org.jiaolianti.domain.guidance;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a guidance item (article, video or course). */
public record GuidanceItemId(String value) {
  public GuidanceItemId {
    Ids.check(value, "GuidanceItemId");
  }

  public static GuidanceItemId of(String value) {
    return new GuidanceItemId(value);
  }

  public static GuidanceItemId newId() {
    return new GuidanceItemId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
