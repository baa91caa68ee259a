package org.jiaolianti.domain.homevisit;

import org.jiaolianti.domain.shared.Bilingual;

/** How the visit took place. 中文：家访方式。 */
public enum VisitMode {
  IN_PERSON("入户家访", "in person"),
  VIDEO("视频家访", "video call"),
  PHONE("电话家访", "phone call");

  private final Bilingual label;

  VisitMode(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
