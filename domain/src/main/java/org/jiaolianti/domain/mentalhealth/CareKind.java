package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * What a care record is: a daily observation, or an intervention (五(二)2 "主动介入疏导干预，谈心谈话、分类指导、
 * 精准帮扶"). An intervention carries a plan.
 *
 * <p>中文：关爱记录类型（日常观察、谈心谈话、分类指导、精准帮扶）。依据：五(二)2
 */
public enum CareKind {
  OBSERVATION("日常观察", "observation"),
  TALK("谈心谈话", "talk"),
  GUIDANCE("分类指导", "guidance"),
  TARGETED_HELP("精准帮扶", "targeted help");

  private final Bilingual label;

  CareKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }

  public boolean intervention() {
    return this != OBSERVATION;
  }
}
