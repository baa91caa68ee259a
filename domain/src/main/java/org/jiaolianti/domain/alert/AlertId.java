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

  @Override
  public String toString() {
    return value;
  }
}
