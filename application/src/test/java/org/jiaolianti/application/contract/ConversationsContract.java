package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.util.List;
import java.util.Set;
import org.jiaolianti.application.messaging.port.out.Conversations;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Conversations}: conversations about students, kept for good, listed by student or
 * by school in opening order. Override {@link #referencedRecordsExist} if your storage needs the schools,
 * users, class and students first.
 */
public abstract class ConversationsContract extends PortContract<Conversations> {

  protected final MessagingWorld messaging = new MessagingWorld(world);

  protected abstract Conversations conversations();

  @Override
  final Conversations newPort() {
    return conversations();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, messaging);
  }

  @Test
  void anAddedConversationReadsBackEqual() {
    port().add(messaging.conversation);

    assertSameRecord(port().byId(XIANGAN, messaging.conversation.id()).orElseThrow(), messaging.conversation);
    assertThat(port().byId(XIANGAN, ConversationId.newId())).isEmpty();
    assertThat(port().byId(HULI, messaging.conversation.id())).isEmpty();
  }

  @Test
  void theSameIdTwiceIsADuplicate() {
    port().add(messaging.conversation);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(messaging.conversation));
  }

  @Test
  void listsByStudentAndBySchoolInOpeningOrder() {
    Conversation later = Conversation.open(ConversationId.newId(), XIANGAN, world.schoolA.id(),
        messaging.student.id(), "第二次沟通", world.userA.id(), ParticipantRole.TEACHER, NOW.plusSeconds(60));
    Conversation aboutOther = Conversation.open(ConversationId.newId(), XIANGAN, world.schoolA.id(),
        messaging.other.id(), "另一名学生", world.userA.id(), ParticipantRole.TEACHER, NOW.plusSeconds(30));
    port().add(later);
    port().add(messaging.conversation);
    port().add(aboutOther);

    assertThat(port().aboutStudents(XIANGAN, Set.of(messaging.student.id()))).extracting(Conversation::id)
        .containsExactly(messaging.conversation.id(), later.id());
    assertThat(port().aboutStudents(XIANGAN, Set.of())).isEmpty();
    assertThat(port().aboutStudents(HULI, Set.of(messaging.student.id()))).isEmpty();
    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).extracting(Conversation::id)
        .containsExactly(messaging.conversation.id(), aboutOther.id(), later.id());
    assertThat(port().ofSchool(XIANGAN, world.schoolB.id())).isEmpty();
  }
}
