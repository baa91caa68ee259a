package org.jiaolianti.application.alert;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.alert.port.in.DispatchAlertsUseCase;
import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.homeschool.NoticeDispatcher;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.Student;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due guardian alerts through the notices' outbound {@link NoticeChannel} (kind
 * {@link NoticeDelivery.Kind#ALERT}), the same way {@link NoticeDispatcher} sends notices: the alert row is the
 * outbox; it is marked sent only after the channel accepted it, a failure is retried with the notices' backoff,
 * and a crash between sending and marking hands the same {@link Alert#deliveryId()} over again, which the
 * channel (idempotent on it) sends once. A guardian no longer on the roster is marked done without sending.
 */
public final class AlertDispatcher implements DispatchAlertsUseCase {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  private final Alerts alerts;
  private final Roster roster;
  private final NoticeChannel channel;
  private final Transactions tx;
  private final Clock clock;

  public AlertDispatcher(Alerts alerts, Roster roster, NoticeChannel channel, Transactions tx, Clock clock) {
    this.alerts = requireNonNull(alerts, "alerts");
    this.roster = requireNonNull(roster, "roster");
    this.channel = requireNonNull(channel, "channel");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public int dispatchDue(int limit) {
    Instant now = clock.now();
    List<Alert> due = tx.inTransaction(() -> alerts.dueOutbound(now, limit));
    int sent = 0;
    for (Alert alert : due) {
      Optional<NoticeChannel.Message> message = tx.inTransaction(() -> message(alert));
      if (message.isPresent()) {
        try {
          channel.send(message.get());
        } catch (RuntimeException e) {
          Alert failed = alert.failed(clock.now().plus(NoticeDispatcher.backoff(alert.attempts() + 1)),
              e.getClass().getSimpleName() + ": " + e.getMessage());
          LOG.warn("alert {} failed (attempt {}), retry at {}", alert.id(), failed.attempts(), failed.nextAttemptAt());
          tx.run(() -> alerts.recordOutbound(failed));
          continue;
        }
        sent++;
      }
      Alert done = alert.sent(clock.now());
      tx.run(() -> alerts.recordOutbound(done));
    }
    return sent;
  }

  /** The message to the alert's guardian, or empty if the guardian is gone. Text only: no sensitive content. */
  private Optional<NoticeChannel.Message> message(Alert a) {
    Optional<Guardian> guardian = roster.guardianById(a.district(), a.guardian());
    if (guardian.isEmpty()) {
      return Optional.empty();
    }
    List<String> students = roster.studentById(a.district(), a.student()).map(Student::maskedName).stream().toList();
    return Optional.of(new NoticeChannel.Message(a.deliveryId(), a.district(), a.guardian(), guardian.get().mobile(),
        NoticeDelivery.Kind.ALERT, "【" + a.kind().label().zh() + "】", a.text().zh(), students,
        a.kind() == AlertKind.REFERRAL_EMERGENCY));
  }
}
