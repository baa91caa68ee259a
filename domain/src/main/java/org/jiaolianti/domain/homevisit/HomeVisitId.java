package org.jiaolianti.domain.homevisit;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a home visit. */
public record HomeVisitId(String value) {
  public HomeVisitId {
    Ids.check(value, "HomeVisitId");
  }

  public static HomeVisitId of(String value) {
    return new HomeVisitId(value);
  }

  public static HomeVisitId newId() {
    return new HomeVisitId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
