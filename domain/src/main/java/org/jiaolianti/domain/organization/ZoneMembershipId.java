package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a zone membership. */
public record ZoneMembershipId(String value) {
  public ZoneMembershipId {
    Ids.check(value, "ZoneMembershipId");
  }

  public static ZoneMembershipId of(String value) {
    return new ZoneMembershipId(value);
  }

  public static ZoneMembershipId newId() {
    return new ZoneMembershipId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
