package org.jiaolianti.domain.homeschool;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a notice receipt (通知回执): one per guardian. */
public record NoticeReceiptId(String value) {
  public NoticeReceiptId {
    Ids.check(value, "NoticeReceiptId");
  }

  public static NoticeReceiptId of(String value) {
    return new NoticeReceiptId(value);
  }

  public static NoticeReceiptId newId() {
    return new NoticeReceiptId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
