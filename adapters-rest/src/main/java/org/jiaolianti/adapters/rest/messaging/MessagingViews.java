package org.jiaolianti.adapters.rest.messaging;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.FeedbackItem;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.SchoolFeedbackCount;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.TeacherHours;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.OfficeHour;

/** What the messaging resources answer. */
final class MessagingViews {

  private MessagingViews() {}

  /** A conversation about one student. */
  record ConversationView(String id, String schoolId, String studentId, String subject, String openedBy,
      String openedAs, Instant openedAt) {
    static ConversationView of(Conversation c) {
      return new ConversationView(c.id().value(), c.school().value(), c.student().value(), c.subject(),
          c.openedBy().value(), c.openedAs().name(), c.openedAt());
    }
  }

  /**
   * One message, never edited: {@code corrects} names the earlier message this one corrects; {@code correctedBy}
   * the later messages that correct this one.
   */
  record MessageView(String id, String conversationId, String authorId, String authorName, String authorRole,
      String authorRoleLabel, String body, Instant sentAt, String corrects, List<String> correctedBy) {
    static MessageView of(Message m, Map<String, List<String>> corrections, Language lang) {
      return new MessageView(m.id().value(), m.conversation().value(), m.author().value(), m.authorName(),
          m.authorRole().name(), lang.pick(m.authorRole().label()), m.body(), m.sentAt(),
          m.corrects() == null ? null : m.corrects().value(), corrections.getOrDefault(m.id().value(), List.of()));
    }
  }

  /** One weekly slot. */
  record SlotView(String id, DayOfWeek day, LocalTime from, LocalTime to, String place) {
    static SlotView of(OfficeHour h) {
      return new SlotView(h.id().value(), h.day(), h.from(), h.to(), h.place());
    }
  }

  /** A teacher's office hours. */
  record TeacherHoursView(String teacherId, String teacherName, String schoolId, List<SlotView> slots) {
    static TeacherHoursView of(TeacherHours t) {
      return new TeacherHoursView(t.teacher().value(), t.teacherName(), t.school().value(),
          t.slots().stream().map(SlotView::of).toList());
    }
  }

  /**
   * One feedback item as the caller may see it: {@code authorId}/{@code authorName} are null when hidden
   * (anonymous, seen by the school); {@code overdue} (open after {@code dueOn}) means escalated to the school
   * leader.
   */
  record FeedbackView(String id, String schoolId, String kind, String kindLabel, String subject, String body,
      boolean anonymous, String authorId, String authorName, Instant submittedAt, LocalDate submittedOn,
      LocalDate dueOn, String status, String statusLabel, boolean overdue, String escalatedTo, String answer,
      Instant answeredAt, Instant closedAt, String clause, long version) {
    static FeedbackView of(FeedbackItem item, Language lang) {
      Feedback f = item.feedback();
      return new FeedbackView(f.id().value(), f.school().value(), f.kind().name(), lang.pick(f.kind().label()),
          f.subject(), f.body(), f.anonymous(), item.author() == null ? null : item.author().value(),
          item.authorName(), f.submittedAt(), f.submittedOn(), f.dueOn(), f.status().name(),
          lang.pick(f.status().label()), item.overdue(), item.escalated() ? "SCHOOL_LEADER" : null, f.answer(),
          f.answeredAt(), f.closedAt(), "三(三)3", f.version());
    }
  }

  /** Per school: open items, how many are overdue, answered and closed, on {@code asOf}. */
  record SchoolFeedbackCountView(String schoolId, String schoolName, long open, long overdue, long answered,
      long closed) {
    static SchoolFeedbackCountView of(SchoolFeedbackCount c) {
      return new SchoolFeedbackCountView(c.school().value(), c.schoolName(), c.open(), c.overdue(), c.answered(),
          c.closed());
    }
  }

  /** The overdue report. */
  record OverdueReportView(LocalDate asOf, long overdueTotal, List<SchoolFeedbackCountView> schools) {}
}
