package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * A mark for a child the 区民政局 cares for (三(二)6 "加强对困境儿童、留守儿童、流动儿童的关心关爱"): left-behind,
 * migrant, or in difficulty. A marked file carries a care plan ({@link CareMarkEntry#plan()}).
 *
 * <p>中文：关爱标记（留守儿童、流动儿童、困境儿童）。依据：三(二)6、五(二)2
 */
public enum CareMark {
  LEFT_BEHIND("留守儿童", "left-behind child"),
  MIGRANT("流动儿童", "migrant child"),
  IN_DIFFICULTY("困境儿童", "child in difficulty");

  private final Bilingual label;

  CareMark(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
