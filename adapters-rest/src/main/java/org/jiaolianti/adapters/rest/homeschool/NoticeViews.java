package org.jiaolianti.adapters.rest.homeschool;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.application.homeschool.port.in.AnswerNoticeUseCase.InboxItem;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries.NoticeStatistics;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries.Outstanding;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries.StudentRef;
import org.jiaolianti.domain.homeschool.Audience;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.people.GuardianId;

/** JSON views of notices, receipts and statistics. */
final class NoticeViews {

  private NoticeViews() {}

  /** Whom a notice goes to. */
  record AudienceView(AudienceKind kind, String schoolId, Integer grade, String classId, List<String> guardianIds) {
    static AudienceView of(Audience a) {
      return new AudienceView(a.kind(), a.school() == null ? null : a.school().value(), a.grade(),
          a.schoolClass() == null ? null : a.schoolClass().value(),
          a.guardians().stream().map(GuardianId::value).toList());
    }
  }

  /**
   * A notice. {@code held}: published in the quiet hours and released at {@code releaseAt};
   * {@code namesStudentConfirmed}: the sender confirmed a text naming a pupil of the audience.
   */
  record NoticeView(String id, AudienceView audience, String title, String body, ConfirmationMode mode, boolean urgent,
      boolean namesStudentConfirmed, String sentBy, Instant publishedAt, Instant releaseAt, boolean held,
      int recipients, long version) {
    static NoticeView of(Notice n) {
      return new NoticeView(n.id().value(), AudienceView.of(n.audience()), n.title(), n.body(), n.mode(), n.urgent(),
          n.namesStudentConfirmed(), n.sentBy().value(), n.publishedAt(), n.releaseAt(), n.held(), n.recipients(),
          n.version());
    }
  }

  /** A child a notice concerns (masked for staff, in full for the child's own guardian). */
  record StudentView(String id, String name) {
    static StudentView of(StudentRef s) {
      return new StudentView(s.id().value(), s.maskedName());
    }
  }

  /** A guardian who has not yet read (READ_ONLY) or confirmed the notice. */
  record OutstandingView(String receiptId, String guardianId, String guardianName, List<StudentView> students,
      boolean read, int reminders) {
    static OutstandingView of(Outstanding o) {
      return new OutstandingView(o.receipt().value(), o.guardian().value(), o.guardianName(),
          o.students().stream().map(StudentView::of).toList(), o.read(), o.reminders());
    }
  }

  /**
   * Receipt statistics of one notice: recipients (receipts), delivered (visible to guardians: all once
   * released), read, confirmed, and a page of those who have not ({@code notYet}).
   */
  record ReceiptsView(String noticeId, ConfirmationMode mode, int recipients, int delivered, int read, int confirmed,
      int notYetCount, List<OutstandingView> notYet, int limit, int offset) {
    static ReceiptsView of(NoticeStatistics s, int limit, int offset) {
      List<Outstanding> all = s.notYet();
      int from = Math.min(all.size(), offset);
      int to = (int) Math.min(all.size(), (long) from + limit);
      return new ReceiptsView(s.notice().id().value(), s.notice().mode(), s.recipients(), s.delivered(), s.read(),
          s.confirmed(), all.size(), all.subList(from, to).stream().map(OutstandingView::of).toList(), limit, offset);
    }
  }

  /** The result of a reminder: how many unread guardians were reminded. */
  record ReminderView(String noticeId, int reminded) {}

  /** One item of a guardian's inbox: the receipt, its notice and the children it concerns. */
  record InboxItemView(String receiptId, NoticeView notice, List<StudentView> students, Instant readAt,
      Instant confirmedAt, String signature, boolean done, long version) {
    static InboxItemView of(InboxItem i) {
      var r = i.receipt();
      return new InboxItemView(r.id().value(), NoticeView.of(i.notice()),
          i.students().stream().map(StudentView::of).toList(), r.readAt(), r.confirmedAt(), r.signature(),
          r.isDone(i.notice().mode()), r.version());
    }
  }
}
