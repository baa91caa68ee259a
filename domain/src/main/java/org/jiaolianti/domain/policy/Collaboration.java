package org.jiaolianti.domain.policy;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The six collaborations of 一体六联; docking agreements serve one or more of them.
 *
 * <p>中文：“六联”协同领域。依据：五、四(二)。四(二)所列“实践育人”按本系统解读即五(四)“馆校协同”
 * ({@link #VENUE_SCHOOL})，种子文件中有注明。
 */
public enum Collaboration {
  HOME_SCHOOL("家校互动", "Home-school interaction"),
  MEDICAL_EDUCATION("医教互促", "Medical-education"),
  VENUE_SCHOOL("馆校协同", "Venue-school"),
  SPORTS_EDUCATION("体教互融", "Sports-education"),
  COMMUNITY_EDUCATION("社教同频", "Community-education"),
  POLICE_SCHOOL("警校同步", "Police-school");

  private final Bilingual label;

  Collaboration(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
