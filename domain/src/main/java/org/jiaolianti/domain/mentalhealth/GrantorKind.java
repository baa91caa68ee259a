package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/** Who gave a consent: a guardian of the student, or the student (aged 14 or more). 中文：同意人类别。 */
public enum GrantorKind {
  GUARDIAN("监护人", "guardian"),
  STUDENT("学生本人", "the student");

  private final Bilingual label;

  GrantorKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
