package org.jiaolianti.domain.archfixture;

import com.google.common.collect.Streams;
import com.google.common.util.concurrent.RateLimiter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Deliberate violations of the domain's architecture rules, so that {@code ArchitectureTest} can show
 * each rule actually catches what it forbids. Test code only; never imported with the main classes.
 */
public final class Violations {

  private Violations() {}

  /** Reads the wall clock instead of taking a Clock or an Instant. */
  public static final class ReadsTheClock {
    public Instant instant() {
      return Instant.now();
    }

    public LocalDate today() {
      return LocalDate.now(Clock.systemUTC());
    }

    public long millis() {
      return System.currentTimeMillis();
    }
  }

  /** Prints to the console. */
  public static final class PrintsToTheConsole {
    public void print() {
      System.out.println("hello");
    }
  }

  /** Logs with java.util.logging. */
  public static final class UsesJavaUtilLogging {
    public void log() {
      Logger.getLogger("x").info("hello");
    }
  }

  /** Uses a Guava class annotated @Beta. */
  public static final class UsesABetaClass {
    public Object limiter() {
      return RateLimiter.create(1.0);
    }
  }

  /** Calls a Guava method annotated @Beta on a class that is not. */
  public static final class CallsABetaMethod {
    public long count() {
      return Streams.stream(OptionalInt.of(1)).count();
    }
  }

  /** Depends on a library the domain must not use. */
  public static final class DependsOnATestLibrary {
    public Object assertions() {
      return org.assertj.core.api.Assertions.assertThat(1);
    }
  }
}
