package org.jiaolianti.domain.alert;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of an alert. 中文：提醒标识。 */
public record AlertId(String value) {
  public AlertId {
    Ids.check(value, "AlertId");
  }

  public static AlertId of(String value) {
    return new AlertId(value);
  }

  public static AlertId newId() {
    return new AlertId(Ids.newId());
  }

  /**
   * The same id for the same {@code key} every time (a name-based UUID): an alert that must be raised at most once
   * (e.g. one per overdue follow-up and recipient) is found again by its id.
   */
  public static AlertId once(String key) {
    return new AlertId(java.util.UUID.nameUUIDFromBytes(("jiaolianti-alert-once:" + key)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
