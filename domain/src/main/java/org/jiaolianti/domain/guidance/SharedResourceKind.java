package org.jiaolianti.domain.guidance;

import org.jiaolianti.domain.shared.Bilingual;

/** What a school shares with the others (五(一)2 资源共享). 中文：共享资源类别。 */
public enum SharedResourceKind {
  TEACHING("教学资源", "teaching resource"),
  ACTIVITY("活动资源", "activity resource");

  private final Bilingual label;

  SharedResourceKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
