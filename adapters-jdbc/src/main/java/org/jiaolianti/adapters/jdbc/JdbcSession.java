package org.jiaolianti.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jiaolianti.application.shared.port.out.Clock;

/**
 * The connection a port call runs on: the use case's transaction when one is open on this thread
 * ({@link JdbcTransactions}), otherwise a transaction of its own, so that a port call that writes
 * several rows (a zone and its memberships) is never half-written. Also the source of the audit
 * columns: when ({@link Clock}) and who ({@code actor}).
 */
final class JdbcSession {

  private final Jdbi jdbi;
  private final Clock clock;
  private final Supplier<String> actor;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();
  /** The transaction's time: every row a use case writes carries the same audit instant (as SQL's now()). */
  private final ThreadLocal<Instant> startedAt = new ThreadLocal<>();

  JdbcSession(Jdbi jdbi, Clock clock, Supplier<String> actor) {
    this.jdbi = requireNonNull(jdbi, "jdbi");
    this.clock = requireNonNull(clock, "clock");
    this.actor = requireNonNull(actor, "actor");
  }

  /** Runs {@code work} in one transaction; joins the one already open on this thread. */
  <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (Handle handle = jdbi.open()) {
      current.set(handle);
      startedAt.set(clock.now());
      try {
        return handle.inTransaction(h -> work.get());
      } finally {
        current.remove();
        startedAt.remove();
      }
    }
  }

  /** Runs {@code call} on this thread's transaction, or in a transaction of its own. */
  <T> T call(Function<Handle, T> call) {
    Handle open = current.get();
    if (open != null) {
      return call.apply(open);
    }
    return inTransaction(() -> call.apply(current.get()));
  }

  void run(java.util.function.Consumer<Handle> work) {
    call(h -> {
      work.accept(h);
      return null;
    });
  }

  /** The current transaction's time, or the clock's outside one. */
  Instant now() {
    Instant at = startedAt.get();
    return at != null ? at : clock.now();
  }

  /** Who is writing, for the created_by/changed_by columns; never blank. */
  String actor() {
    String who = actor.get();
    return who == null || who.isBlank() ? "system" : who;
  }

  /**
   * Runs {@code work} in a transaction of its own on another connection, even while one is open on this thread:
   * for a row that must exist before the use case's transaction locks it (the audit trail's head row), where a
   * duplicate-key race must not abort the use case's transaction.
   */
  <T> T separately(Function<Handle, T> work) {
    try (Handle handle = jdbi.open()) {
      return handle.inTransaction(work::apply);
    }
  }
}
