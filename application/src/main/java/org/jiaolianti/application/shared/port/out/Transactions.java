package org.jiaolianti.application.shared.port.out;

import java.util.function.Supplier;

/**
 * The unit of work: one use case runs in one transaction. A use case that fails part-way leaves
 * nothing written. Storage adapters implement it (JDBC: one connection and commit/rollback).
 */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
