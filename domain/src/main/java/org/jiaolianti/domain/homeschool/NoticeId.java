package org.jiaolianti.domain.homeschool;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a notice (通知). */
public record NoticeId(String value) {
  public NoticeId {
    Ids.check(value, "NoticeId");
  }

  public static NoticeId of(String value) {
    return new NoticeId(value);
  }

  public static NoticeId newId() {
    return new NoticeId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
