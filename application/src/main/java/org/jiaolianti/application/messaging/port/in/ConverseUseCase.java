package org.jiaolianti.application.messaging.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.Message;

/**
 * Two-way teacher–guardian conversations about one student (五(一)2: 在线沟通). A guardian opens them only
 * about their own children, a teacher only about students of their classes, a school leader about students
 * of their school; anyone else gets a not-found, as for an unknown id. Messages are never edited or deleted:
 * a mistake is corrected by a later message naming the one it corrects.
 *
 * <p>中文：家校沟通。依据：五(一)2
 */
public interface ConverseUseCase {

  /** Opens a conversation about a student with its first message. */
  Conversation open(Actor actor, OpenConversationCommand command);

  /** The conversations the actor takes part in today, newest first. */
  List<Conversation> mine(Actor actor);

  /** One conversation the actor takes part in (else not found). */
  Conversation conversation(Actor actor, String conversationId);

  /** Its messages in the order sent; a correction names the message it corrects. */
  List<Message> messages(Actor actor, String conversationId);

  /** Sends a message, or a correction of one's own earlier message when {@code corrects} is given. */
  Message send(Actor actor, SendMessageCommand command);

  record OpenConversationCommand(
      @RecordId String studentId,
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = Message.MAX_BODY) String message) {}

  record SendMessageCommand(
      @RecordId String conversationId,
      @NotBlank @Size(max = Message.MAX_BODY) String body,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String corrects) {}
}
