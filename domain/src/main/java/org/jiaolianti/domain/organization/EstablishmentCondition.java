package org.jiaolianti.domain.organization;

import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * The conditions of the establishment rule. The document leaves the rule to local practice
 * (学校因地制宜建立“教联体”, 四(一)); each condition points at the clause it is read from, and the seed
 * switches each on or off.
 *
 * <p>中文：“教联体”建成条件。
 */
public enum EstablishmentCondition {
  /** The school is open on the date (always on). */
  SCHOOL_OPEN("学校在该日处于开办状态", "the school is open on the date", "五(一)1"),
  /** Its co-education committee has all four kinds of member. */
  COMPLETE_COMMITTEE("校级家校共育委员会成员齐全（校领导、教师代表、家长代表、社区代表）",
      "its co-education committee has a school leader, a teacher, a parent and a community representative", "五(一)1"),
  /** It is a member of an experimental zone. */
  ZONE_MEMBERSHIP("属于一个教联体实验区", "it is a member of an experimental zone", "五(一)1"),
  /** It has an active docking agreement with its own town/street or a community in it. */
  OWN_TOWN_AGREEMENT("与所在镇(街)或其社区建立了有效的工作对接机制",
      "it has an active docking agreement with its own town/street or a community in it", "四(二)"),
  /** Its active docking agreements cover at least K of the six collaborations. */
  COLLABORATION_COVERAGE("有效的工作对接机制覆盖至少 K 个协同领域",
      "its active docking agreements cover at least K of the six collaborations", "四(二)");

  private final Bilingual label;
  private final ClauseRef clause;

  EstablishmentCondition(String zh, String en, String clause) {
    this.label = Bilingual.of(zh, en);
    this.clause = ClauseRef.of(clause);
  }

  public Bilingual label() {
    return label;
  }

  public ClauseRef clause() {
    return clause;
  }
}
