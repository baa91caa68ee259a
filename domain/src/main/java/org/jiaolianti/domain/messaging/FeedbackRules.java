package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The status flow of a guardian's feedback (三(三)3): only an OPEN item is answered, only an ANSWERED item
 * is closed; nothing goes back.
 *
 * <p>中文：意见反馈办理流程规则。
 */
public final class FeedbackRules {

  /** 三(三)3: 听取家长、社会对学校的意见建议，及时改进教育教学和学校管理。 */
  public static final ClauseRef CLAUSE = ClauseRef.of("三(三)3");

  private FeedbackRules() {}

  public static Decision mayAnswer(Feedback feedback) {
    if (feedback.status() != FeedbackStatus.OPEN) {
      return Decision.rejected("FEEDBACK_ANSWER_WHEN_OPEN",
          Bilingual.of("只能答复待答复的意见建议（当前：" + feedback.status().label().zh() + "）",
              "only open feedback can be answered (it is " + feedback.status().label().en() + ")"), CLAUSE);
    }
    return Decision.allowed();
  }

  public static Decision mayClose(Feedback feedback) {
    if (feedback.status() != FeedbackStatus.ANSWERED) {
      return Decision.rejected("FEEDBACK_CLOSE_WHEN_ANSWERED",
          Bilingual.of("只能办结已答复的意见建议（当前：" + feedback.status().label().zh() + "）",
              "only answered feedback can be closed (it is " + feedback.status().label().en() + ")"), CLAUSE);
    }
    return Decision.allowed();
  }
}
