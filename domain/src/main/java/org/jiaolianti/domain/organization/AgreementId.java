package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a docking agreement. */
public record AgreementId(String value) {
  public AgreementId {
    Ids.check(value, "AgreementId");
  }

  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  public static AgreementId newId() {
    return new AgreementId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
