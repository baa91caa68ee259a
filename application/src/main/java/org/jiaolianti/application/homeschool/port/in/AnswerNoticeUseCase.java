package org.jiaolianti.application.homeschool.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries.StudentRef;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeReceipt;

/**
 * A guardian's inbox: their own receipts of released notices, read, confirmed by a click or signed with
 * their name (RECEIVE_NOTICES, self only; another guardian's receipt is not found).
 *
 * <p>中文：家长收件箱（阅读、确认、签名回执）。依据：五(一)2
 */
public interface AnswerNoticeUseCase {

  /** The actor's receipts of released notices, newest first. */
  List<InboxItem> inbox(Actor actor);

  InboxItem read(Actor actor, String receiptId);

  /** Confirms a CLICK_TO_CONFIRM notice (another mode: 422). */
  InboxItem confirm(Actor actor, String receiptId);

  /** Signs a SIGN_TO_CONFIRM notice with the guardian's name as recorded (another mode or name: 422). */
  InboxItem sign(Actor actor, SignNoticeCommand command);

  record SignNoticeCommand(@RecordId String receiptId, @NotBlank @Size(max = 50) String name) {}

  /** One receipt with its notice and the children it concerns. */
  record InboxItem(NoticeReceipt receipt, Notice notice, List<StudentRef> students) {
    public InboxItem {
      students = List.copyOf(students);
    }
  }
}
