package org.jiaolianti.application.inmemory;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jiaolianti.application.shared.port.out.Transactions;

/** Runs one use case at a time (re-entrant). No rollback: in-memory services validate before writing. */
public final class SerialTransactions implements Transactions {

  private final ReentrantLock lock = new ReentrantLock();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
