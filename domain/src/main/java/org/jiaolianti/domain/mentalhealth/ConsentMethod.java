package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/** How a consent was given (and how a revocation was received). 中文：同意方式。 */
public enum ConsentMethod {
  WRITTEN_FORM("书面同意书", "written form"),
  IN_APP("平台内确认", "in the app"),
  IN_PERSON("当面口头同意（由教师记录）", "in person (recorded by staff)");

  private final Bilingual label;

  ConsentMethod(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
