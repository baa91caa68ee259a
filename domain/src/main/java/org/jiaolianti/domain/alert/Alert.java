package org.jiaolianti.domain.alert;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One alert to one person: that something happened and whom to contact, never the sensitive content (no notes,
 * no reason, no level). A staff alert names its {@code recipient} (in the app only). A guardian alert names the
 * {@code guardian} and the {@code student} it concerns and goes outbound (SMS/WeChat) once; its {@code recipient}
 * is the guardian's user account if they have one (then it is in the app too), or null.
 *
 * <p>The outbound state ({@code sentAt}, {@code attempts}, {@code nextAttemptAt}, {@code lastError}) makes the
 * alert its own outbox row: it is pending until sent, retried with backoff; the channel's idempotency key is
 * {@link #deliveryId()}, derived from the alert id, so a retry after a crash never sends twice.
 *
 * <p>中文：提醒（只说发生了什么、联系谁，不含敏感内容）。依据：五(二)1（每一步告知监护人）、五(二)2（告知学校负责人）
 *
 * @param readAt when the recipient marked it read, or null
 * @param sentAt when the outbound channel accepted it, or null (always null for a staff alert)
 * @param nextAttemptAt the earliest next outbound attempt (creation, or the retry after a failure); null when sent
 *     or not outbound
 */
public record Alert(
    AlertId id,
    DistrictCode district,
    UserId recipient,
    GuardianId guardian,
    StudentId student,
    AlertKind kind,
    String subjectType,
    String subjectId,
    Bilingual text,
    Instant createdAt,
    Instant readAt,
    Instant sentAt,
    int attempts,
    Instant nextAttemptAt,
    String lastError) {

  public static final int MAX_SUBJECT_TYPE = 40;
  public static final int MAX_TEXT = 500;
  public static final int MAX_ERROR = 500;

  public Alert {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    checkArgument(recipient != null || guardian != null, "an alert goes to a user or a guardian");
    checkArgument((guardian == null) == (student == null), "a guardian alert names the student, a staff one none");
    requireNonNull(kind, "kind");
    checkArgument(subjectType != null && subjectType.matches("[A-Z][A-Z0-9_]{0," + (MAX_SUBJECT_TYPE - 1) + "}"),
        "subjectType must be 1-%s upper-case letters, digits or _, was '%s'", MAX_SUBJECT_TYPE, subjectType);
    org.jiaolianti.domain.shared.Ids.check(subjectId, "subjectId");
    requireNonNull(text, "text");
    checkArgument(text.zh().length() <= MAX_TEXT && text.en().length() <= MAX_TEXT,
        "alert text must be at most %s characters per language", MAX_TEXT);
    requireNonNull(createdAt, "createdAt");
    checkArgument(readAt == null || recipient != null, "only an alert with a recipient is read");
    checkArgument(guardian != null || (sentAt == null && attempts == 0 && nextAttemptAt == null),
        "only a guardian alert goes outbound");
    checkArgument(attempts >= 0, "attempts must not be negative");
    checkArgument(guardian == null || (sentAt == null) == (nextAttemptAt != null),
        "a guardian alert is either sent or has a next attempt");
    lastError = lastError == null ? null : lastError.substring(0, Math.min(lastError.length(), MAX_ERROR));
  }

  /** An in-app alert to one user (staff). */
  public static Alert toUser(AlertId id, DistrictCode district, UserId recipient, AlertKind kind, String subjectType,
      String subjectId, Bilingual text, Instant at) {
    requireNonNull(recipient, "recipient");
    return new Alert(id, district, recipient, null, null, kind, subjectType, subjectId, text, at, null, null, 0, null,
        null);
  }

  /** An alert to one guardian about {@code student}: outbound from {@code at}; in the app too if {@code account}. */
  public static Alert toGuardian(AlertId id, DistrictCode district, GuardianId guardian, UserId account,
      StudentId student, AlertKind kind, String subjectType, String subjectId, Bilingual text, Instant at) {
    requireNonNull(guardian, "guardian");
    return new Alert(id, district, account, guardian, student, kind, subjectType, subjectId, text, at, null, null, 0,
        at, null);
  }

  public boolean isRead() {
    return readAt != null;
  }

  /** Whether it still has to go out through the outbound channel. */
  public boolean outboundPending() {
    return guardian != null && sentAt == null;
  }

  /** Marked read at {@code at}; the first time counts (reading again keeps it). */
  public Alert read(Instant at) {
    checkArgument(recipient != null, "an alert without a recipient is not read in the app");
    return isRead() ? this : new Alert(id, district, recipient, guardian, student, kind, subjectType, subjectId, text,
        createdAt, at, sentAt, attempts, nextAttemptAt, lastError);
  }

  /** The outbound channel accepted it at {@code at}. */
  public Alert sent(Instant at) {
    checkArgument(outboundPending(), "alert %s has nothing to send", id);
    return new Alert(id, district, recipient, guardian, student, kind, subjectType, subjectId, text, createdAt, readAt,
        at, attempts, null, lastError);
  }

  /** A failed outbound attempt: retried at {@code next}. */
  public Alert failed(Instant next, String error) {
    checkArgument(outboundPending(), "alert %s has nothing to send", id);
    requireNonNull(next, "next");
    return new Alert(id, district, recipient, guardian, student, kind, subjectType, subjectId, text, createdAt, readAt,
        null, attempts + 1, next, error);
  }

  /**
   * The outbound channel's idempotency key: a name-based UUID of the alert id, the same on every attempt, and
   * distinct from every notice delivery id (another name space).
   */
  public DeliveryId deliveryId() {
    return new DeliveryId(UUID.nameUUIDFromBytes(("alert-delivery/" + id.value()).getBytes(StandardCharsets.UTF_8))
        .toString());
  }
}
