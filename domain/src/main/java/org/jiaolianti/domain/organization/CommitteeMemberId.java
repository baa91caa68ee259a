package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a committee member. */
public record CommitteeMemberId(String value) {
  public CommitteeMemberId {
    Ids.check(value, "CommitteeMemberId");
  }

  public static CommitteeMemberId of(String value) {
    return new CommitteeMemberId(value);
  }

  public static CommitteeMemberId newId() {
    return new CommitteeMemberId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
