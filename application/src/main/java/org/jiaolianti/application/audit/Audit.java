package org.jiaolianti.application.audit;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * What every use case that touches sensitive data calls to leave its audit event (who, role, scope, subject,
 * action, purpose, outcome, time — never the content).
 *
 * <p><b>Denied accesses are recorded too, and survive the refusal.</b> {@link #audited} runs the work in the use
 * case's transaction and, if it succeeds, appends an ALLOWED event in that same transaction (so an allowed event
 * exists exactly when the work committed). If the work is refused ({@link NotFoundException} — outside the scope,
 * REST 404 — or {@link ForbiddenException}, 403) the use case's transaction has rolled back by the time the
 * exception leaves it, and a DENIED event is appended in a transaction of its own before the exception is
 * rethrown. Call {@code audited} outermost (not from inside an open transaction), or the DENIED event would roll
 * back with the caller's.
 *
 * <p>中文：审计记录（含被拒绝的访问）。依据：五(二)（需知即用、全程留痕）。
 */
public final class Audit {

  private final AuditTrail trail;
  private final Transactions tx;
  private final Clock clock;

  public Audit(AuditTrail trail, Transactions tx, Clock clock) {
    this.trail = requireNonNull(trail, "trail");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Appends one event for {@code actor} (joins the open transaction, or runs in one of its own). */
  public AuditEvent record(Actor actor, AuditSubject subject, AuditAction action, String purpose,
      AuditOutcome outcome) {
    AuditEntry entry = new AuditEntry(actor.district(), clock.now(), actor.user().username(), actor.userId().value(),
        roles(actor), scopes(actor), subject, action, purpose(purpose), outcome);
    return tx.inTransaction(() -> trail.append(entry));
  }

  /** Appends one event for a batch job or the CLI (actor {@code system}). */
  public AuditEvent recordSystem(DistrictCode district, AuditSubject subject, AuditAction action, String purpose) {
    AuditEntry entry = new AuditEntry(district, clock.now(), "system", "system", "SYSTEM", "DISTRICT:" + district.value(),
        subject, action, purpose(purpose), AuditOutcome.ALLOWED);
    return tx.inTransaction(() -> trail.append(entry));
  }

  /**
   * Runs {@code work} in a transaction and records its outcome on {@code subject}: ALLOWED with the work, or DENIED
   * in a transaction of its own when the work is refused (not found or forbidden), then rethrows.
   */
  public <T> T audited(Actor actor, AuditSubject subject, AuditAction action, String purpose, Supplier<T> work) {
    return deniedIfRefused(actor, subject, action, purpose, () -> {
      T result = work.get();
      record(actor, subject, action, purpose, AuditOutcome.ALLOWED);
      return result;
    });
  }

  /**
   * Runs {@code work} in a transaction that records its own ALLOWED event (with the purpose it learns on the way);
   * a refusal (not found, forbidden) is recorded as DENIED on {@code subject} with {@code deniedPurpose} in a
   * transaction of its own, after the work's rolled back, then rethrown.
   */
  public <T> T deniedIfRefused(Actor actor, AuditSubject subject, AuditAction action, String deniedPurpose,
      Supplier<T> work) {
    try {
      return tx.inTransaction(work);
    } catch (NotFoundException | ForbiddenException refused) {
      record(actor, subject, action, deniedPurpose, AuditOutcome.DENIED);
      throw refused;
    }
  }

  static String roles(Actor actor) {
    String roles = actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    return roles.isEmpty() ? "-" : cut(roles, AuditEntry.MAX_TEXT);
  }

  static String scopes(Actor actor) {
    String scopes = actor.activeAssignments().stream()
        .sorted(Comparator.comparing((RoleAssignment a) -> a.role().name()).thenComparing(a -> a.scope().toString()))
        .map(a -> a.role().name() + ":" + a.scope().type().name()
            + a.scope().optionalReference().map(r -> ":" + r).orElse(""))
        .distinct().collect(Collectors.joining(";"));
    return scopes.isEmpty() ? "-" : cut(scopes, 2000);
  }

  private static String purpose(String purpose) {
    return purpose == null || purpose.isBlank() ? "-" : cut(purpose.strip(), AuditEntry.MAX_TEXT);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
