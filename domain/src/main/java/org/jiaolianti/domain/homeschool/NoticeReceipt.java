package org.jiaolianti.domain.homeschool;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One guardian's receipt of one notice. It names which of the guardian's children in the audience the
 * notice concerns: a guardian with two children in the audience gets <em>one</em> receipt naming both
 * (one message, one confirmation), not two.
 *
 * <p>中文：通知回执（每位家长一份，注明所涉子女）。依据：五(一)2
 *
 * @param students the guardian's children in the audience (empty for a guardian picked by hand whose
 *     children are not linked)
 * @param signature the typed name, for {@link ConfirmationMode#SIGN_TO_CONFIRM}
 * @param reminders how many reminders were sent to it
 */
public record NoticeReceipt(
    NoticeReceiptId id,
    DistrictCode district,
    NoticeId notice,
    GuardianId guardian,
    List<StudentId> students,
    Instant readAt,
    Instant confirmedAt,
    String signature,
    int reminders,
    long version) {

  public NoticeReceipt {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(notice, "notice");
    requireNonNull(guardian, "guardian");
    students = List.copyOf(students);
    checkArgument(confirmedAt == null || readAt != null, "a confirmed receipt is read");
    checkArgument(signature == null || (confirmedAt != null && !signature.isBlank() && signature.length() <= 50),
        "a signature is 1-50 characters and comes with the confirmation");
    checkArgument(reminders >= 0, "reminders must not be negative");
  }

  /** A new receipt: not read, not confirmed. */
  public static NoticeReceipt issue(NoticeReceiptId id, DistrictCode district, NoticeId notice, GuardianId guardian,
      List<StudentId> students) {
    return new NoticeReceipt(id, district, notice, guardian, students, null, null, null, 0, 0);
  }

  public boolean isRead() {
    return readAt != null;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** Whether the guardian has done what {@code mode} asks: read it, or confirmed it. */
  public boolean isDone(ConfirmationMode mode) {
    return mode.needsConfirmation() ? isConfirmed() : isRead();
  }

  /** Read at {@code at}; reading again keeps the first time. */
  public NoticeReceipt read(Instant at) {
    requireNonNull(at, "at");
    return isRead() ? this : new NoticeReceipt(id, district, notice, guardian, students, at, null, null, reminders,
        version);
  }

  /** Confirmed at {@code at} (read too), with the typed name when signed; confirming again keeps the first. */
  public NoticeReceipt confirm(Instant at, String signature) {
    requireNonNull(at, "at");
    if (isConfirmed()) {
      return this;
    }
    return new NoticeReceipt(id, district, notice, guardian, students, readAt == null ? at : readAt, at, signature,
        reminders, version);
  }

  /** One more reminder sent; only an unread receipt is reminded. */
  public NoticeReceipt reminded() {
    checkState(!isRead(), "only an unread receipt is reminded");
    return new NoticeReceipt(id, district, notice, guardian, students, readAt, confirmedAt, signature, reminders + 1,
        version);
  }

  public NoticeReceipt withVersion(long next) {
    return new NoticeReceipt(id, district, notice, guardian, students, readAt, confirmedAt, signature, reminders, next);
  }
}
