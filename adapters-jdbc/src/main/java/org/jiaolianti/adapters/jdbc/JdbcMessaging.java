package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.messaging.port.out.Conversations;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;
import org.jiaolianti.application.messaging.port.out.Messages;
import org.jiaolianti.application.messaging.port.out.OfficeHours;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackId;
import org.jiaolianti.domain.messaging.FeedbackKind;
import org.jiaolianti.domain.messaging.FeedbackStatus;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.MessageId;
import org.jiaolianti.domain.messaging.OfficeHour;
import org.jiaolianti.domain.messaging.OfficeHourId;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The messaging ports on tables {@code conversation}, {@code conversation_message}, {@code office_hour}
 * and {@code feedback} (V5). Messages are inserted only: this adapter has no UPDATE or DELETE for them.
 * Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcMessaging {

  private JdbcMessaging() {}

  static Argument time(LocalTime value) {
    return (position, statement, ctx) -> statement.setObject(position, value, Types.TIME);
  }

  /** {@link Conversations} on {@code conversation}. */
  static final class JdbcConversations implements Conversations {
    private static final Comparator<Conversation> ORDER =
        Comparator.comparing(Conversation::openedAt).thenComparing(c -> c.id().value());
    private final JdbcSession session;

    JdbcConversations(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(Conversation c) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO conversation (district_code, id, school_id,"
              + " student_id, subject, opened_by, opened_as, opened_at, version, created_at, created_by, changed_at,"
              + " changed_by) VALUES (:d, :id, :school, :student, :subject, :by, :as, :at, :version, :now, :actor,"
              + " :now, :actor)")
          .bind("d", c.district().value()).bind("id", c.id().value()).bind("school", c.school().value())
          .bind("student", c.student().value()).bind("subject", c.subject()).bind("by", c.openedBy().value())
          .bind("as", c.openedAs().name()).bind("at", Sql.instant(c.openedAt())).bind("version", c.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("id", c.id().value()));
    }

    @Override
    public Optional<Conversation> byId(DistrictCode district, ConversationId id) {
      return session.call(h -> h.createQuery("SELECT * FROM conversation WHERE district_code = :d AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> conversation(rs)).findOne());
    }

    @Override
    public List<Conversation> aboutStudents(DistrictCode district, Collection<StudentId> students) {
      if (students.isEmpty()) {
        return List.of();
      }
      return session.call(h -> h.createQuery("SELECT * FROM conversation WHERE district_code = :d"
              + " AND student_id IN (<students>)")
          .bind("d", district.value()).bindList("students", students.stream().map(StudentId::value).toList())
          .map((rs, ctx) -> conversation(rs)).list()).stream().sorted(ORDER).toList();
    }

    @Override
    public List<Conversation> ofSchool(DistrictCode district, SchoolId school) {
      return session.call(h -> h.createQuery("SELECT * FROM conversation WHERE district_code = :d"
              + " AND school_id = :school")
          .bind("d", district.value()).bind("school", school.value()).map((rs, ctx) -> conversation(rs)).list())
          .stream().sorted(ORDER).toList();
    }

    private static Conversation conversation(ResultSet rs) throws SQLException {
      return new Conversation(ConversationId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          SchoolId.of(rs.getString("school_id")), StudentId.of(rs.getString("student_id")), rs.getString("subject"),
          UserId.of(rs.getString("opened_by")), ParticipantRole.valueOf(rs.getString("opened_as")),
          Sql.instant(rs, "opened_at"), rs.getLong("version"));
    }
  }

  /** {@link Messages} on {@code conversation_message}: INSERT and SELECT only. */
  static final class JdbcMessages implements Messages {
    private final JdbcSession session;

    JdbcMessages(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(Message m) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO conversation_message (district_code, id,"
              + " conversation_id, author_id, author_name, author_role, body, corrects_id, sent_at, version,"
              + " created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :conversation, :author, :name,"
              + " :role, :body, :corrects, :sent, 0, :now, :actor, :now, :actor)")
          .bind("d", m.district().value()).bind("id", m.id().value()).bind("conversation", m.conversation().value())
          .bind("author", m.author().value()).bind("name", m.authorName()).bind("role", m.authorRole().name())
          .bind("body", m.body()).bind("corrects", m.corrects() == null ? null : m.corrects().value())
          .bind("sent", Sql.instant(m.sentAt())).bind("now", Sql.instant(session.now()))
          .bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("id", m.id().value()));
    }

    @Override
    public Optional<Message> byId(DistrictCode district, MessageId id) {
      return session.call(h -> h.createQuery("SELECT * FROM conversation_message WHERE district_code = :d"
              + " AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> message(rs)).findOne());
    }

    @Override
    public List<Message> ofConversation(DistrictCode district, ConversationId conversation) {
      return session.call(h -> h.createQuery("SELECT * FROM conversation_message WHERE district_code = :d"
              + " AND conversation_id = :c")
          .bind("d", district.value()).bind("c", conversation.value()).map((rs, ctx) -> message(rs)).list())
          .stream().sorted(Comparator.comparing(Message::sentAt).thenComparing(m -> m.id().value())).toList();
    }

    private static Message message(ResultSet rs) throws SQLException {
      return new Message(MessageId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          ConversationId.of(rs.getString("conversation_id")), UserId.of(rs.getString("author_id")),
          rs.getString("author_name"), ParticipantRole.valueOf(rs.getString("author_role")), rs.getString("body"),
          Sql.nullable(rs.getString("corrects_id"), MessageId::of), Sql.instant(rs, "sent_at"));
    }
  }

  /** {@link OfficeHours} on {@code office_hour}. */
  static final class JdbcOfficeHours implements OfficeHours {
    private static final Comparator<OfficeHour> ORDER = Comparator.comparing(OfficeHour::day)
        .thenComparing(OfficeHour::from).thenComparing(h -> h.id().value());
    private final JdbcSession session;

    JdbcOfficeHours(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void replace(DistrictCode district, UserId teacher, List<OfficeHour> slots) {
      for (OfficeHour h : slots) {
        if (!h.district().equals(district) || !h.teacher().equals(teacher)) {
          throw new IllegalArgumentException("slot " + h.id() + " is not of teacher " + teacher);
        }
      }
      session.inTransaction(() -> {
        session.run(h -> h.createUpdate("DELETE FROM office_hour WHERE district_code = :d AND teacher_id = :t")
            .bind("d", district.value()).bind("t", teacher.value()).execute());
        if (!slots.isEmpty()) {
          Sql.unique(() -> session.run(h -> Sql.batch(h, "INSERT INTO office_hour (district_code, id, teacher_id,"
                  + " school_id, day_of_week, starts_at, ends_at, place, version, created_at, created_by, changed_at,"
                  + " changed_by) VALUES (:d, :id, :teacher, :school, :day, :from, :to, :place, :version, :now,"
                  + " :actor, :now, :actor)", slots, this::bind)), () -> Sql.duplicateInBatch("id"));
        }
        return null;
      });
    }

    private <S extends SqlStatement<S>> S bind(S s, OfficeHour h) {
      return s.bind("d", h.district().value()).bind("id", h.id().value()).bind("teacher", h.teacher().value())
          .bind("school", h.school().value()).bind("day", h.day().name()).bind("from", time(h.from()))
          .bind("to", time(h.to())).bind("place", h.place()).bind("version", h.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
    }

    @Override
    public List<OfficeHour> ofTeacher(DistrictCode district, UserId teacher) {
      return session.call(h -> h.createQuery("SELECT * FROM office_hour WHERE district_code = :d AND teacher_id = :t")
          .bind("d", district.value()).bind("t", teacher.value()).map((rs, ctx) -> slot(rs)).list())
          .stream().sorted(ORDER).toList();
    }

    @Override
    public List<OfficeHour> ofSchool(DistrictCode district, SchoolId school) {
      return session.call(h -> h.createQuery("SELECT * FROM office_hour WHERE district_code = :d AND school_id = :s")
          .bind("d", district.value()).bind("s", school.value()).map((rs, ctx) -> slot(rs)).list())
          .stream().sorted(ORDER).toList();
    }

    private static OfficeHour slot(ResultSet rs) throws SQLException {
      return new OfficeHour(OfficeHourId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          UserId.of(rs.getString("teacher_id")), SchoolId.of(rs.getString("school_id")),
          DayOfWeek.valueOf(rs.getString("day_of_week")), rs.getObject("starts_at", LocalTime.class),
          rs.getObject("ends_at", LocalTime.class), rs.getString("place"), rs.getLong("version"));
    }
  }

  /** {@link FeedbackItems} on {@code feedback}. */
  static final class JdbcFeedbackItems implements FeedbackItems {
    private static final Comparator<Feedback> ORDER =
        Comparator.comparing(Feedback::submittedAt).thenComparing(f -> f.id().value());
    private final JdbcSession session;

    JdbcFeedbackItems(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(Feedback f) {
      Sql.unique(() -> session.run(h -> bind(h.createUpdate("INSERT INTO feedback (district_code, id, school_id,"
              + " author_id, anonymous, kind, subject, body, submitted_at, submitted_on, due_on, status, answer,"
              + " answered_by, answered_at, closed_by, closed_at, version, created_at, created_by, changed_at,"
              + " changed_by) VALUES (:d, :id, :school, :author, :anonymous, :kind, :subject, :body, :submittedAt,"
              + " :submittedOn, :dueOn, :status, :answer, :answeredBy, :answeredAt, :closedBy, :closedAt, :version,"
              + " :now, :actor, :now, :actor)"), f).execute()),
          () -> ConflictException.duplicate("id", f.id().value()));
    }

    @Override
    public Feedback update(Feedback f) {
      return session.call(h -> {
        int rows = bind(h.createUpdate("UPDATE feedback SET status = :status, answer = :answer,"
            + " answered_by = :answeredBy, answered_at = :answeredAt, closed_by = :closedBy, closed_at = :closedAt,"
            + " version = :version + 1, changed_at = :now, changed_by = :actor"
            + " WHERE district_code = :d AND id = :id AND version = :version"), f).execute();
        Sql.updatedOne(rows, h, "feedback", f.district().value(), f.id().value(), "feedback");
        return new Feedback(f.id(), f.district(), f.school(), f.author(), f.anonymous(), f.kind(), f.subject(),
            f.body(), f.submittedAt(), f.submittedOn(), f.dueOn(), f.status(), f.answer(), f.answeredBy(),
            f.answeredAt(), f.closedBy(), f.closedAt(), f.version() + 1);
      });
    }

    private <S extends SqlStatement<S>> S bind(S s, Feedback f) {
      return s.bind("d", f.district().value()).bind("id", f.id().value()).bind("school", f.school().value())
          .bind("author", f.author().value()).bind("anonymous", f.anonymous()).bind("kind", f.kind().name())
          .bind("subject", f.subject()).bind("body", f.body()).bind("submittedAt", Sql.instant(f.submittedAt()))
          .bind("submittedOn", Sql.date(f.submittedOn())).bind("dueOn", Sql.date(f.dueOn()))
          .bind("status", f.status().name()).bind("answer", f.answer())
          .bind("answeredBy", f.answeredBy() == null ? null : f.answeredBy().value())
          .bind("answeredAt", Sql.instant(f.answeredAt()))
          .bind("closedBy", f.closedBy() == null ? null : f.closedBy().value())
          .bind("closedAt", Sql.instant(f.closedAt())).bind("version", f.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
    }

    @Override
    public Optional<Feedback> byId(DistrictCode district, FeedbackId id) {
      return session.call(h -> h.createQuery("SELECT * FROM feedback WHERE district_code = :d AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> feedback(rs)).findOne());
    }

    @Override
    public List<Feedback> ofSchool(DistrictCode district, SchoolId school) {
      return list("school_id", district, school.value());
    }

    @Override
    public List<Feedback> byAuthor(DistrictCode district, UserId author) {
      return list("author_id", district, author.value());
    }

    @Override
    public List<Feedback> all(DistrictCode district) {
      return session.call(h -> h.createQuery("SELECT * FROM feedback WHERE district_code = :d")
          .bind("d", district.value()).map((rs, ctx) -> feedback(rs)).list()).stream().sorted(ORDER).toList();
    }

    private List<Feedback> list(String column, DistrictCode district, String value) {
      return session.call(h -> h.createQuery("SELECT * FROM feedback WHERE district_code = :d AND " + column + " = :v")
          .bind("d", district.value()).bind("v", value).map((rs, ctx) -> feedback(rs)).list())
          .stream().sorted(ORDER).toList();
    }

    private static Feedback feedback(ResultSet rs) throws SQLException {
      return new Feedback(FeedbackId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          SchoolId.of(rs.getString("school_id")), UserId.of(rs.getString("author_id")), rs.getBoolean("anonymous"),
          FeedbackKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
          Sql.instant(rs, "submitted_at"), Sql.date(rs, "submitted_on"), Sql.date(rs, "due_on"),
          FeedbackStatus.valueOf(rs.getString("status")), rs.getString("answer"),
          Sql.nullable(rs.getString("answered_by"), UserId::of), Sql.instant(rs, "answered_at"),
          Sql.nullable(rs.getString("closed_by"), UserId::of), Sql.instant(rs, "closed_at"), rs.getLong("version"));
    }
  }
}
