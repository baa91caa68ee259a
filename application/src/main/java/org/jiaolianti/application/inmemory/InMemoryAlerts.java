package org.jiaolianti.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Alerts in memory. */
public final class InMemoryAlerts implements Alerts {

  static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::createdAt)
      .thenComparing(a -> a.id().value()).reversed();
  static final Comparator<Alert> DUE_FIRST = Comparator.comparing(Alert::nextAttemptAt)
      .thenComparing(a -> a.id().value());
  private final Map<String, Alert> alerts = new LinkedHashMap<>();

  private static String key(DistrictCode district, AlertId id) {
    return district.value() + "/" + id.value();
  }

  @Override
  public synchronized void add(Alert alert) {
    if (alerts.putIfAbsent(key(alert.district(), alert.id()), alert) != null) {
      throw ConflictException.duplicate("id", alert.id().value());
    }
  }

  @Override
  public synchronized Optional<Alert> byId(DistrictCode district, AlertId id) {
    return Optional.ofNullable(alerts.get(key(district, id)));
  }

  @Override
  public synchronized List<Alert> ofRecipient(DistrictCode district, UserId recipient, boolean unreadOnly, int offset,
      int limit) {
    return alerts.values().stream().filter(a -> mine(a, district, recipient, unreadOnly)).sorted(NEWEST_FIRST)
        .skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized long countOfRecipient(DistrictCode district, UserId recipient, boolean unreadOnly) {
    return alerts.values().stream().filter(a -> mine(a, district, recipient, unreadOnly)).count();
  }

  private static boolean mine(Alert a, DistrictCode district, UserId recipient, boolean unreadOnly) {
    return a.district().equals(district) && recipient.equals(a.recipient()) && (!unreadOnly || !a.isRead());
  }

  @Override
  public synchronized void markRead(DistrictCode district, AlertId id, Instant at) {
    alerts.computeIfPresent(key(district, id), (k, a) -> a.recipient() == null ? a : a.read(at));
  }

  @Override
  public synchronized List<Alert> dueOutbound(Instant now, int limit) {
    return alerts.values().stream().filter(a -> a.outboundPending() && !a.nextAttemptAt().isAfter(now))
        .sorted(DUE_FIRST).limit(limit).toList();
  }

  @Override
  public synchronized void recordOutbound(Alert alert) {
    // only the outbound columns: a read mark set meanwhile stays
    alerts.computeIfPresent(key(alert.district(), alert.id()), (k, a) -> new Alert(a.id(), a.district(),
        a.recipient(), a.guardian(), a.student(), a.kind(), a.subjectType(), a.subjectId(), a.text(), a.createdAt(),
        a.readAt(), alert.sentAt(), alert.attempts(), alert.nextAttemptAt(), alert.lastError()));
  }
}
