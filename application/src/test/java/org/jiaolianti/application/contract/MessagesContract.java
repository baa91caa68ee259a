package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.messaging.port.out.Messages;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.MessageId;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Messages}: messages are added and read, in the order sent, and a correction keeps
 * its link to the message it corrects. The port has no way to change or remove one. Override
 * {@link #referencedRecordsExist} if your storage needs the conversation (and what it refers to) first.
 */
public abstract class MessagesContract extends PortContract<Messages> {

  protected final MessagingWorld messaging = new MessagingWorld(world);

  protected abstract Messages messages();

  @Override
  final Messages newPort() {
    return messages();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(MessagingWorld.referenced(world, messaging));
    all.add(messaging.conversation);
    return all;
  }

  private Message message(String body, MessageId corrects, long second) {
    return new Message(MessageId.newId(), XIANGAN, messaging.conversation.id(), world.userB.id(), "陈" + RARE + "家长",
        ParticipantRole.GUARDIAN, body, corrects, NOW.plusSeconds(second));
  }

  @Test
  void messagesReadBackInTheOrderSentWithTheirCorrectionLinks() {
    Message first = message("明天" + RARE + "请假一天", null, 0);
    Message reply = new Message(MessageId.newId(), XIANGAN, messaging.conversation.id(), world.userA.id(), "王老师",
        ParticipantRole.TEACHER, "收到", null, NOW.plusSeconds(10));
    Message correction = message("更正：是后天请假", first.id(), 20);
    port().add(first);
    port().add(correction);
    port().add(reply);

    List<Message> read = port().ofConversation(XIANGAN, messaging.conversation.id());
    assertThat(read).extracting(Message::id).containsExactly(first.id(), reply.id(), correction.id());
    assertSameRecord(read.get(0), first);
    assertSameRecord(read.get(2), correction);
    assertThat(read.get(2).corrects()).isEqualTo(first.id());
    assertThat(port().byId(XIANGAN, first.id())).hasValueSatisfying(m -> assertSameRecord(m, first));
    assertThat(port().byId(HULI, first.id())).isEmpty();
    assertThat(port().ofConversation(HULI, messaging.conversation.id())).isEmpty();
  }

  @Test
  void theSameIdTwiceIsADuplicateAndTheFirstStays() {
    Message first = message("原文", null, 0);
    port().add(first);
    Message again = new Message(first.id(), XIANGAN, messaging.conversation.id(), world.userB.id(), "陈家长",
        ParticipantRole.GUARDIAN, "改过的内容", null, NOW);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(again));
    assertSameRecord(port().byId(XIANGAN, first.id()).orElseThrow(), first);
  }

  @Test
  void thePortHasNoWayToChangeOrRemoveAMessage() {
    assertThat(Arrays.stream(Messages.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofConversation");
  }
}
