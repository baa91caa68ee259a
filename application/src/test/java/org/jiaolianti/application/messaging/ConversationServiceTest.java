package org.jiaolianti.application.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.util.List;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase.OpenConversationCommand;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase.SendMessageCommand;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.SetOfficeHoursCommand;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.Slot;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.TeacherHours;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.jiaolianti.domain.policy.LocalSettings;
import org.junit.jupiter.api.Test;

/** Conversations about one student: who takes part, immutable messages with linked corrections, office hours. */
class ConversationServiceTest {

  private final MessagingWorld w = new MessagingWorld(LocalSettings.defaults());
  private final ConversationService conversations = (ConversationService) w.app.conversations();

  private Conversation openAboutXiaoming() {
    return conversations.open(w.actor(w.mingMother), new OpenConversationCommand(w.xiaoming.id().value(), "请假",
        "小明明天请假一天"));
  }

  @Test
  void aGuardianOpensAboutTheirChildAndTheClassTeacherAndTheLeaderTakePart() {
    Conversation c = openAboutXiaoming();

    assertThat(c.openedAs()).isEqualTo(ParticipantRole.GUARDIAN);
    Message reply = conversations.send(w.actor(w.teacher1), new SendMessageCommand(c.id().value(), "收到", null));
    assertThat(reply.authorRole()).isEqualTo(ParticipantRole.TEACHER);
    assertThat(conversations.mine(w.actor(w.teacher1))).extracting(Conversation::id).containsExactly(c.id());
    assertThat(conversations.mine(w.actor(w.leaderA))).extracting(Conversation::id).containsExactly(c.id());
    assertThat(conversations.messages(w.actor(w.leaderA), c.id().value())).extracting(Message::body)
        .containsExactly("小明明天请假一天", "收到");
    assertThat(conversations.mine(w.actor(w.hongMother))).isEmpty();
    assertThat(conversations.mine(w.actor(w.teacher2))).isEmpty();
  }

  @Test
  void aGuardianOfAnotherChildAndATeacherOfAnotherClassGetNotFound() {
    Conversation c = openAboutXiaoming();

    // the other mother, about Xiaoming: not found, as for an unknown id
    assertThat(catchThrowable(() -> conversations.open(w.actor(w.hongMother),
        new OpenConversationCommand(w.xiaoming.id().value(), "x", "y")))).isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> conversations.messages(w.actor(w.hongMother), c.id().value())))
        .isInstanceOf(NotFoundException.class);
    // the teacher of class 2 about a pupil of class 1
    assertThat(catchThrowable(() -> conversations.open(w.actor(w.teacher2),
        new OpenConversationCommand(w.xiaoming.id().value(), "x", "y")))).isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> conversations.send(w.actor(w.teacher2),
        new SendMessageCommand(c.id().value(), "插话", null)))).isInstanceOf(NotFoundException.class);
    // another school's leader
    assertThat(catchThrowable(() -> conversations.conversation(w.actor(w.leaderB), c.id().value())))
        .isInstanceOf(NotFoundException.class);
    // the bureau does not converse with families: visible district, no permission
    assertThat(catchThrowable(() -> conversations.mine(w.actor(w.bureau)))).isInstanceOf(ForbiddenException.class);
    // but the teacher of class 2 opens one about her own pupil
    assertThat(conversations.open(w.actor(w.teacher2), new OpenConversationCommand(w.xiaohong.id().value(), "表现",
        "小红今天表现很好")).openedAs()).isEqualTo(ParticipantRole.TEACHER);
  }

  @Test
  void aCorrectionIsANewMessageLinkedToTheOriginalWhichStaysAsItWas() {
    Conversation c = openAboutXiaoming();
    Message original = conversations.messages(w.actor(w.mingMother), c.id().value()).get(0);

    Message correction = conversations.send(w.actor(w.mingMother), new SendMessageCommand(c.id().value(),
        "更正：是后天请假", original.id().value()));

    List<Message> all = conversations.messages(w.actor(w.teacher1), c.id().value());
    assertThat(all).extracting(Message::id).containsExactly(original.id(), correction.id());
    assertThat(all.get(0)).isEqualTo(original);
    assertThat(all.get(1).corrects()).isEqualTo(original.id());
  }

  @Test
  void oneCannotCorrectSomeoneElsesMessageNorAMessageOfAnotherConversation() {
    Conversation c = openAboutXiaoming();
    Message original = conversations.messages(w.actor(w.mingMother), c.id().value()).get(0);

    Throwable t = catchThrowable(() -> conversations.send(w.actor(w.teacher1),
        new SendMessageCommand(c.id().value(), "改一下", original.id().value())));
    assertThat(t).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.decision().rule()).isEqualTo("CORRECTION_OWN_MESSAGE"));

    Conversation other = conversations.open(w.actor(w.mingMother), new OpenConversationCommand(
        w.xiaoming.id().value(), "另一件事", "周五家长会"));
    assertThat(catchThrowable(() -> conversations.send(w.actor(w.mingMother),
        new SendMessageCommand(other.id().value(), "更正", original.id().value())))).isInstanceOf(NotFoundException.class);
    assertThat(conversations.messages(w.actor(w.mingMother), other.id().value())).hasSize(1);
  }

  @Test
  void badInputNamesItsFields() {
    Throwable t = catchThrowable(() -> conversations.open(w.actor(w.mingMother),
        new OpenConversationCommand("bad id!", " ", "x".repeat(Message.MAX_BODY + 1))));
    assertThat(t).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
        .extracting(org.jiaolianti.application.shared.FieldError::field)
        .containsExactlyInAnyOrder("studentId", "subject", "message"));
  }

  @Test
  void aTeacherSetsOfficeHoursAndTheGuardiansOfTheirClassSeeThem() {
    var hours = w.app.officeHours();
    hours.set(w.actor(w.teacher1), new SetOfficeHoursCommand(null, List.of(
        new Slot(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(17, 0), "三楼办公室"))));
    hours.set(w.actor(w.teacher2), new SetOfficeHoursCommand(null, List.of(
        new Slot(DayOfWeek.FRIDAY, LocalTime.of(12, 0), LocalTime.of(12, 30), null))));

    assertThat(hours.visible(w.actor(w.mingMother))).extracting(TeacherHours::teacherName).containsExactly("王老师");
    assertThat(hours.visible(w.actor(w.hongMother))).extracting(TeacherHours::teacherName).containsExactly("李老师");
    assertThat(hours.visible(w.actor(w.leaderA))).hasSize(2);
    assertThat(hours.visible(w.actor(w.teacher1))).singleElement()
        .satisfies(t -> assertThat(t.slots()).singleElement().satisfies(s -> assertThat(s.place()).isEqualTo("三楼办公室")));

    // replaced as a whole; a slot ending before it starts is a field error
    hours.set(w.actor(w.teacher1), new SetOfficeHoursCommand(null, List.of()));
    assertThat(hours.visible(w.actor(w.mingMother))).isEmpty();
    assertThat(catchThrowable(() -> hours.set(w.actor(w.teacher1), new SetOfficeHoursCommand(null, List.of(
        new Slot(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(16, 0), null))))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
            .isEqualTo("slots[0].to"));
    // a guardian sets none
    assertThat(catchThrowable(() -> hours.set(w.actor(w.mingMother), new SetOfficeHoursCommand(null, List.of()))))
        .isInstanceOf(ForbiddenException.class);
  }
}
