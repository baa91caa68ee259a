package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a counsellor post. */
public record CounsellorPostId(String value) {
  public CounsellorPostId {
    Ids.check(value, "CounsellorPostId");
  }

  public static CounsellorPostId of(String value) {
    return new CounsellorPostId(value);
  }

  public static CounsellorPostId newId() {
    return new CounsellorPostId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
