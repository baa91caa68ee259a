package org.jiaolianti.domain.guidance;

import org.jiaolianti.domain.shared.Bilingual;

/** What a guidance item is (五(一)2: 家庭教育指导专栏). 中文：指导内容类别。 */
public enum GuidanceKind {
  /** Title and body text. 中文：图文文章。 */
  ARTICLE("图文文章", "article"),
  /** An expert lecture: title, speaker and an https link to the video. 中文：专家讲座视频。 */
  VIDEO("专家讲座视频", "expert lecture video"),
  /** Ordered lessons, each a text or a video link. 中文：系列课程。 */
  COURSE("系列课程", "course");

  private final Bilingual label;

  GuidanceKind(String zh, String en) {
    this.label = Bilingual.of(zh, en);
  }

  public Bilingual label() {
    return label;
  }
}
