package org.jiaolianti.adapters.rest.organization;

import java.util.function.Function;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembershipId;

/**
 * Ids taken from the path. A string that cannot be an id names no record: it is a 404 like any unknown
 * id (API.md), not a 400.
 */
final class PathIds {

  private PathIds() {}

  static SchoolId school(String raw) {
    return parse(raw, SchoolId::of, "school");
  }

  static ZoneId zone(String raw) {
    return parse(raw, ZoneId::of, "zone");
  }

  static ZoneMembershipId membership(String raw) {
    return parse(raw, ZoneMembershipId::of, "zone membership");
  }

  static PartnerId partner(String raw) {
    return parse(raw, PartnerId::of, "partner");
  }

  static CommitteeMemberId member(String raw) {
    return parse(raw, CommitteeMemberId::of, "committee member");
  }

  static AgreementId agreement(String raw) {
    return parse(raw, AgreementId::of, "docking agreement");
  }

  private static <T> T parse(String raw, Function<String, T> id, String what) {
    try {
      return id.apply(raw);
    } catch (IllegalArgumentException | NullPointerException e) {
      String shown = raw == null ? "" : raw.length() > 64 ? raw.substring(0, 64) + "…" : raw;
      throw new NotFoundException(what, shown);
    }
  }
}
