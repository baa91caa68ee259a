package org.jiaolianti.domain.openday;

import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * A parent open day (家长开放日: 五(一)3 定期开展“家访日”“家长开放日”等活动), a parent reception day (家长接待日:
 * 三(三)2 落实家长会、家访、学校开放日、家长接待日等制度) or a home-visit day (家访日, 五(一)3), each with the clause it
 * comes from. On a home-visit day the slots are the times teachers visit families: a guardian books the time
 * the visit to their home suits them; the visit itself is then recorded in {@code /api/v1/home-visits}.
 *
 * <p>中文：开放日类别。
 */
public enum OpenDayKind {
  OPEN_DAY("家长开放日", "parent open day", "五(一)3"),
  RECEPTION_DAY("家长接待日", "parent reception day", "三(三)2"),
  HOME_VISIT_DAY("家访日", "home-visit day", "五(一)3");

  private final Bilingual label;
  private final ClauseRef clause;

  OpenDayKind(String zh, String en, String clause) {
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
