package org.jiaolianti.adapters.jdbc;

import java.util.function.Supplier;
import org.jiaolianti.application.shared.port.out.Transactions;

/**
 * The unit of work on JDBC: one connection, committed when the use case returns and rolled back when
 * it throws, so a use case that fails midway leaves nothing written. Port calls made inside it run on
 * its connection; a nested call joins it.
 */
public final class JdbcTransactions implements Transactions {

  private final JdbcSession session;

  JdbcTransactions(JdbcSession session) {
    this.session = session;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return session.inTransaction(work);
  }
}
