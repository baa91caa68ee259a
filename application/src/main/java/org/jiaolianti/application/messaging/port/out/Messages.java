package org.jiaolianti.application.messaging.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.messaging.Message;
import org.jiaolianti.domain.messaging.MessageId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Messages of conversations: added, never changed or removed (a port with no update and no delete). */
public interface Messages {

  void add(Message message);

  Optional<Message> byId(DistrictCode district, MessageId id);

  /** A conversation's messages in the order they were sent (then by id). */
  List<Message> ofConversation(DistrictCode district, ConversationId conversation);
}
