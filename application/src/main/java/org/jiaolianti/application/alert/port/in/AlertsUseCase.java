package org.jiaolianti.application.alert.port.in;

import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.alert.Alert;

/**
 * The signed-in user's own alerts (any role; READ_SELF on their own account): list, newest first, and mark read.
 * Another user's alert, or an unknown id, is a not-found.
 *
 * <p>中文：我的提醒。
 */
public interface AlertsUseCase {

  /** The actor's alerts, newest first; only the unread ones if {@code unreadOnly}. */
  AlertsPage mine(Actor actor, boolean unreadOnly, int offset, int limit);

  /** Marks one of the actor's alerts read (again: no change) and returns it. */
  Alert markRead(Actor actor, String alertId);

  record AlertsPage(List<Alert> items, long total) {}
}
