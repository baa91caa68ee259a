package org.jiaolianti.application.inmemory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jiaolianti.application.shared.port.out.Clock;

/** Reference clocks: the system clock, and a settable one for tests and demos. */
public final class Clocks {

  private Clocks() {}

  public static Clock system() {
    return Instant::now;
  }

  /** A clock that says {@code start} until {@link SettableClock#set} moves it. */
  public static SettableClock fixed(Instant start) {
    return new SettableClock(start);
  }

  /** A clock tests move by hand. */
  public static final class SettableClock implements Clock {
    private final AtomicReference<Instant> now;

    SettableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    public void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public Instant now() {
      return now.get();
    }
  }
}
