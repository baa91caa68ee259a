package org.jiaolianti.domain.messaging;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One message of a conversation. Immutable once sent: it is never edited or deleted; a mistake is put
 * right by a later message that {@linkplain #corrects() corrects} it (the link is kept both ways: the
 * original is shown with its corrections).
 *
 * <p>中文：沟通消息（发出后不可修改、不可删除，只能以更正消息补正）。依据：五(一)2
 *
 * @param corrects the earlier message of the same conversation this one corrects, or null
 */
public record Message(
    MessageId id,
    DistrictCode district,
    ConversationId conversation,
    UserId author,
    String authorName,
    ParticipantRole authorRole,
    String body,
    MessageId corrects,
    Instant sentAt) {

  public static final int MAX_BODY = 2000;

  public Message {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(conversation, "conversation");
    requireNonNull(author, "author");
    checkArgument(authorName != null && !authorName.isBlank() && authorName.length() <= 100,
        "author name must be 1-100 characters");
    requireNonNull(authorRole, "authorRole");
    checkArgument(body != null && !body.isBlank() && body.length() <= MAX_BODY,
        "message body must be 1-%s characters", MAX_BODY);
    checkArgument(corrects == null || !corrects.equals(id), "a message cannot correct itself");
    requireNonNull(sentAt, "sentAt");
  }

  public Optional<MessageId> optionalCorrects() {
    return Optional.ofNullable(corrects);
  }

  public boolean isCorrection() {
    return corrects != null;
  }
}
