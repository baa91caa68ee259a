package org.jiaolianti.application.alert.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Alerts, written in the transaction of the change they report. Nothing is deleted; an alert changes only by
 * the narrow updates below (read mark, outbound outcome), so that a reader and the dispatcher never overwrite
 * each other's change. A recipient's list is newest first (created, then id, descending).
 *
 * <p>中文：提醒存储（亦为监护人外发的发件箱）。
 */
public interface Alerts {

  /** @throws org.jiaolianti.application.shared.ConflictException if the id is taken */
  void add(Alert alert);

  Optional<Alert> byId(DistrictCode district, AlertId id);

  /** The recipient's alerts, newest first; only the unread ones if {@code unreadOnly}. */
  List<Alert> ofRecipient(DistrictCode district, UserId recipient, boolean unreadOnly, int offset, int limit);

  long countOfRecipient(DistrictCode district, UserId recipient, boolean unreadOnly);

  /** Sets the read mark if none is set yet (the first read counts); an unknown id does nothing. */
  void markRead(DistrictCode district, AlertId id, Instant at);

  /** Up to {@code limit} guardian alerts of any district still to go out whose next attempt is due, earliest first. */
  List<Alert> dueOutbound(Instant now, int limit);

  /** Stores the outbound outcome of {@code alert} ({@code sentAt}, {@code attempts}, next attempt, last error). */
  void recordOutbound(Alert alert);
}
