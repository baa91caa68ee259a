package org.jiaolianti.application.alert;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.alert.port.in.AlertsUseCase;
import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertId;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Writes alerts for other use cases (in their transaction) and shows each user their own. A guardian alert is one
 * per guardian linked to the student: in the app for the guardian's active user account (the first by id, if
 * several), and outbound through the notice channel ({@link AlertDispatcher}) whether or not they have one.
 * Alerts carry no sensitive content, so reading them is not audited (the use case that raised one audits itself).
 *
 * <p>中文：提醒服务。
 */
public final class AlertService implements Alerting, AlertsUseCase {

  private final Alerts alerts;
  private final Roster roster;
  private final Users users;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;

  public AlertService(Alerts alerts, Roster roster, Users users, AccessControl access, Transactions tx, Clock clock) {
    this.alerts = requireNonNull(alerts, "alerts");
    this.roster = requireNonNull(roster, "roster");
    this.users = requireNonNull(users, "users");
    this.access = requireNonNull(access, "access");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public void alertUser(DistrictCode district, UserId recipient, AlertKind kind, String subjectType,
      String subjectId, Bilingual text) {
    Alert alert = Alert.toUser(AlertId.newId(), district, recipient, kind, subjectType, subjectId, text, now());
    tx.run(() -> alerts.add(alert));
  }

  @Override
  public void alertUserOnce(DistrictCode district, UserId recipient, AlertKind kind, String subjectType,
      String subjectId, Bilingual text) {
    AlertId id = AlertId.once(String.join("|", district.value(), recipient.value(), kind.name(), subjectType,
        subjectId));
    tx.run(() -> {
      if (alerts.byId(district, id).isEmpty()) {
        alerts.add(Alert.toUser(id, district, recipient, kind, subjectType, subjectId, text, now()));
      }
    });
  }

  @Override
  public void alertGuardiansOf(DistrictCode district, StudentId student, AlertKind kind, String subjectType,
      String subjectId, Bilingual text) {
    tx.run(() -> {
      Set<GuardianId> guardians = new LinkedHashSet<>();
      for (GuardianLink link : roster.linksOfStudent(district, student)) {
        guardians.add(link.guardian());
      }
      for (GuardianId guardian : guardians) {
        UserId account = users.linkedToGuardian(district, guardian).stream().filter(User::active).map(User::id)
            .findFirst().orElse(null);
        alerts.add(Alert.toGuardian(AlertId.newId(), district, guardian, account, student, kind, subjectType,
            subjectId, text, now()));
      }
    });
  }

  @Override
  public AlertsPage mine(Actor actor, boolean unreadOnly, int offset, int limit) {
    requireNonNull(actor, "actor");
    return tx.inTransaction(() -> {
      self(actor);
      return new AlertsPage(alerts.ofRecipient(actor.district(), actor.userId(), unreadOnly, offset, limit),
          alerts.countOfRecipient(actor.district(), actor.userId(), unreadOnly));
    });
  }

  @Override
  public Alert markRead(Actor actor, String alertId) {
    requireNonNull(actor, "actor");
    return tx.inTransaction(() -> {
      self(actor);
      Alert alert = own(actor, alertId);
      if (alert.isRead()) {
        return alert;
      }
      alerts.markRead(actor.district(), alert.id(), now());
      return alerts.byId(actor.district(), alert.id()).orElseThrow();
    });
  }

  private java.time.Instant now() {
    return clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private void self(Actor actor) {
    access.check(actor, Action.READ_SELF, new Target.User(actor.district(), actor.userId()));
  }

  /** The actor's own alert; another user's, an unknown or a malformed id is a not-found alike. */
  private Alert own(Actor actor, String alertId) {
    AlertId id;
    try {
      id = AlertId.of(alertId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("alert", alertId);
    }
    return alerts.byId(actor.district(), id).filter(a -> actor.userId().equals(a.recipient()))
        .orElseThrow(() -> new NotFoundException("alert", alertId));
  }
}
