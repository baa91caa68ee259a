package org.jiaolianti.application.messaging;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase;
import org.jiaolianti.application.messaging.port.out.Conversations;
import org.jiaolianti.application.messaging.port.out.Messages;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.messaging.ConversationRules;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.MessageId;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Conversations about one student and their immutable messages (五(一)2). */
public final class ConversationService implements ConverseUseCase {

  private final Conversations conversations;
  private final Messages messages;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ConversationService(Conversations conversations, Messages messages, Roster roster, AccessControl access,
      Transactions tx, Clock clock, CommandValidator validator) {
    this.conversations = requireNonNull(conversations);
    this.messages = requireNonNull(messages);
    this.roster = requireNonNull(roster);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public Conversation open(Actor actor, OpenConversationCommand command) {
    validator.validate(command);
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      Student student = roster.studentById(district, StudentId.of(command.studentId()))
          .orElseThrow(() -> new NotFoundException("student", command.studentId()));
      access.check(actor, Action.CONVERSE, new Target.School(district, student.school()));
      ParticipantRole role = Participation.in(actor, student, roster)
          .orElseThrow(() -> new NotFoundException("student", command.studentId()));
      var now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
      Conversation c = Conversation.open(ConversationId.newId(), district, student.school(), student.id(),
          command.subject().strip(), actor.userId(), role, now);
      conversations.add(c);
      messages.add(new Message(MessageId.newId(), district, c.id(), actor.userId(), actor.user().displayName(), role,
          command.message().strip(), null, now));
      return c;
    });
  }

  @Override
  public List<Conversation> mine(Actor actor) {
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      if (!access.visibility(actor, Action.CONVERSE).permitted()) {
        access.check(actor, Action.CONVERSE, new Target.District(district)); // the 403
      }
      Map<ConversationId, Conversation> found = new LinkedHashMap<>();
      GuardianId guardian = Participation.guardian(actor);
      Set<StudentId> students = new LinkedHashSet<>();
      if (guardian != null) {
        roster.linksOfGuardian(district, guardian).stream().map(GuardianLink::student).forEach(students::add);
      }
      var classes = Participation.taughtClasses(actor);
      for (var c : classes) {
        roster.classById(district, c).ifPresent(cl -> roster.studentsOf(district, cl.school()).stream()
            .filter(s -> c.equals(s.schoolClass())).map(Student::id).forEach(students::add));
      }
      conversations.aboutStudents(district, students).forEach(c -> found.put(c.id(), c));
      for (SchoolId school : Participation.administeredSchools(actor)) {
        conversations.ofSchool(district, school).forEach(c -> found.put(c.id(), c));
      }
      return found.values().stream()
          .sorted(Comparator.comparing(Conversation::openedAt).reversed().thenComparing(c -> c.id().value())).toList();
    });
  }

  @Override
  public Conversation conversation(Actor actor, String conversationId) {
    return tx.inTransaction(() -> participating(actor, conversationId).conversation());
  }

  @Override
  public List<Message> messages(Actor actor, String conversationId) {
    return tx.inTransaction(() -> {
      Conversation c = participating(actor, conversationId).conversation();
      return messages.ofConversation(actor.district(), c.id());
    });
  }

  @Override
  public Message send(Actor actor, SendMessageCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Joined joined = participating(actor, command.conversationId());
      MessageId corrects = null;
      if (command.corrects() != null) {
        Message original = messages.byId(actor.district(), MessageId.of(command.corrects()))
            .filter(m -> m.conversation().equals(joined.conversation().id()))
            .orElseThrow(() -> new NotFoundException("message", command.corrects()));
        RuleViolationException.throwIfRejected(
            ConversationRules.mayCorrect(original, joined.conversation().id(), actor.userId()));
        corrects = original.id();
      }
      Message m = new Message(MessageId.newId(), actor.district(), joined.conversation().id(), actor.userId(),
          actor.user().displayName(), joined.role(), command.body().strip(), corrects,
          sentAt(actor.district(), joined.conversation().id()));
      messages.add(m);
      return m;
    });
  }

  /**
   * Now, or a microsecond after the conversation's last message if the clock has not moved past it: the
   * order of a conversation is the order of sending, a correction always after what it corrects (microseconds:
   * what PostgreSQL keeps of an instant).
   */
  private java.time.Instant sentAt(DistrictCode district, ConversationId conversation) {
    java.time.Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    List<Message> earlier = messages.ofConversation(district, conversation);
    if (!earlier.isEmpty()) {
      java.time.Instant last = earlier.get(earlier.size() - 1).sentAt();
      if (!now.isAfter(last)) {
        return last.plus(1, java.time.temporal.ChronoUnit.MICROS);
      }
    }
    return now;
  }

  private record Joined(Conversation conversation, ParticipantRole role) {}

  /** The conversation, if the actor takes part in it today; else not found (ids cannot be probed). */
  private Joined participating(Actor actor, String conversationId) {
    DistrictCode district = actor.district();
    ConversationId id;
    try {
      id = ConversationId.of(conversationId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("conversation", conversationId);
    }
    Conversation c = conversations.byId(district, id).orElseThrow(() -> new NotFoundException("conversation", id));
    access.check(actor, Action.CONVERSE, new Target.School(district, c.school()));
    Student student = roster.studentById(district, c.student())
        .orElseThrow(() -> new NotFoundException("conversation", id));
    ParticipantRole role = Participation.in(actor, student, roster)
        .orElseThrow(() -> new NotFoundException("conversation", id));
    return new Joined(c, role);
  }
}
