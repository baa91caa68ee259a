package org.jiaolianti.application.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.application.messaging.port.out.Conversations;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;
import org.jiaolianti.application.messaging.port.out.Messages;
import org.jiaolianti.application.messaging.port.out.OfficeHours;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackId;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.MessageId;
import org.jiaolianti.domain.messaging.OfficeHour;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The messaging ports in memory. */
public final class InMemoryMessaging {

  private InMemoryMessaging() {}

  /** Conversations in memory. */
  public static final class InMemoryConversations implements Conversations {
    private final VersionedStore<Conversation> store = new VersionedStore<>("conversation",
        c -> VersionedStore.key(c.district(), c.id()), Conversation::version,
        (c, v) -> new Conversation(c.id(), c.district(), c.school(), c.student(), c.subject(), c.openedBy(),
            c.openedAs(), c.openedAt(), v));

    @Override
    public void add(Conversation conversation) {
      store.add(conversation);
    }

    @Override
    public Optional<Conversation> byId(DistrictCode district, ConversationId id) {
      return store.get(district, id);
    }

    @Override
    public List<Conversation> aboutStudents(DistrictCode district, Collection<org.jiaolianti.domain.people.StudentId> students) {
      Set<org.jiaolianti.domain.people.StudentId> wanted = Set.copyOf(students);
      return store.find(c -> c.district().equals(district) && wanted.contains(c.student()), ORDER);
    }

    @Override
    public List<Conversation> ofSchool(DistrictCode district, SchoolId school) {
      return store.find(c -> c.district().equals(district) && c.school().equals(school), ORDER);
    }

    private static final Comparator<Conversation> ORDER =
        Comparator.comparing(Conversation::openedAt).thenComparing(c -> c.id().value());
  }

  /** Messages in memory: added only. */
  public static final class InMemoryMessages implements Messages {
    private final Map<String, Message> messages = new LinkedHashMap<>();

    @Override
    public synchronized void add(Message message) {
      String key = VersionedStore.key(message.district(), message.id());
      if (messages.containsKey(key)) {
        throw ConflictException.duplicate("id", message.id().value());
      }
      messages.put(key, message);
    }

    @Override
    public synchronized Optional<Message> byId(DistrictCode district, MessageId id) {
      return Optional.ofNullable(messages.get(VersionedStore.key(district, id)));
    }

    @Override
    public synchronized List<Message> ofConversation(DistrictCode district, ConversationId conversation) {
      return messages.values().stream()
          .filter(m -> m.district().equals(district) && m.conversation().equals(conversation))
          .sorted(Comparator.comparing(Message::sentAt).thenComparing(m -> m.id().value())).toList();
    }
  }

  /** Office hours in memory. */
  public static final class InMemoryOfficeHours implements OfficeHours {
    private final List<OfficeHour> slots = new ArrayList<>();

    @Override
    public synchronized void replace(DistrictCode district, UserId teacher, List<OfficeHour> replacement) {
      for (OfficeHour h : replacement) {
        if (!h.district().equals(district) || !h.teacher().equals(teacher)) {
          throw new IllegalArgumentException("slot " + h.id() + " is not of teacher " + teacher);
        }
      }
      slots.removeIf(h -> h.district().equals(district) && h.teacher().equals(teacher));
      slots.addAll(replacement);
    }

    @Override
    public synchronized List<OfficeHour> ofTeacher(DistrictCode district, UserId teacher) {
      return slots.stream().filter(h -> h.district().equals(district) && h.teacher().equals(teacher)).sorted(ORDER)
          .toList();
    }

    @Override
    public synchronized List<OfficeHour> ofSchool(DistrictCode district, SchoolId school) {
      return slots.stream().filter(h -> h.district().equals(district) && h.school().equals(school)).sorted(ORDER)
          .toList();
    }

    static final Comparator<OfficeHour> ORDER = Comparator.comparing(OfficeHour::day)
        .thenComparing(OfficeHour::from).thenComparing(h -> h.id().value());
  }

  /** Feedback items in memory. */
  public static final class InMemoryFeedbackItems implements FeedbackItems {
    private final VersionedStore<Feedback> store = new VersionedStore<>("feedback",
        f -> VersionedStore.key(f.district(), f.id()), Feedback::version,
        (f, v) -> new Feedback(f.id(), f.district(), f.school(), f.author(), f.anonymous(), f.kind(), f.subject(),
            f.body(), f.submittedAt(), f.submittedOn(), f.dueOn(), f.status(), f.answer(), f.answeredBy(),
            f.answeredAt(), f.closedBy(), f.closedAt(), v));

    @Override
    public void add(Feedback feedback) {
      store.add(feedback);
    }

    @Override
    public Feedback update(Feedback feedback) {
      return store.update(feedback);
    }

    @Override
    public Optional<Feedback> byId(DistrictCode district, FeedbackId id) {
      return store.get(district, id);
    }

    @Override
    public List<Feedback> ofSchool(DistrictCode district, SchoolId school) {
      return store.find(f -> f.district().equals(district) && f.school().equals(school), ORDER);
    }

    @Override
    public List<Feedback> byAuthor(DistrictCode district, UserId author) {
      return store.find(f -> f.district().equals(district) && f.author().equals(author), ORDER);
    }

    @Override
    public List<Feedback> all(DistrictCode district) {
      return store.find(f -> f.district().equals(district), ORDER);
    }

    private static final Comparator<Feedback> ORDER =
        Comparator.comparing(Feedback::submittedAt).thenComparing(f -> f.id().value());
  }
}
