package org.jiaolianti.application.contract;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jiaolianti.application.shared.ConflictException;

/**
 * What every port contract shares: a lazily created port (so that a subclass may prepare its storage
 * in its own {@code @BeforeEach} or inside the factory), a hook for storage that enforces references
 * between tables, and assertions.
 *
 * <p>Each test gets a fresh {@link ContractWorld} with new ids; the port is created on first use, by
 * the contract's factory method, and must be empty.
 *
 * @param <P> the out-port under test
 */
public abstract class PortContract<P> {

  /** The records the tests build on: towns, schools, partners, users and a guardian, in two districts. */
  protected final ContractWorld world = new ContractWorld();

  private P port;

  /** The port under test: created on first use by the contract's factory method. */
  protected final P port() {
    if (port == null) {
      port = requireNonNull(newPort(), "the factory method returned null");
      referencedRecordsExist(referencedRecords());
    }
    return port;
  }

  abstract P newPort();

  /** Records of other ports that this contract's records refer to, in an order that respects references. */
  abstract List<Record> referencedRecords();

  /**
   * Override if your storage enforces references (foreign keys): store {@code records} (towns,
   * schools, partners, users, guardians — each a domain record of another port, listed after what
   * it refers to) with your other adapters before the test runs. Called once per test, right after
   * the factory method. The default does nothing.
   */
  protected void referencedRecordsExist(List<Record> records) {
    // storage without references between tables needs nothing
  }

  /**
   * Asserts that {@code actual} has the same fields as {@code expected}, recursively; decimals are
   * compared by value (a storage may return {@code 0.500000} for {@code 0.5}).
   */
  protected static <T> void assertSameRecord(T actual, T expected) {
    assertThat(actual).usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(expected);
  }

  /** Asserts that {@code call} throws a {@link ConflictException} of {@code kind}. */
  protected static void assertConflict(ConflictException.Kind kind, ThrowingCallable call) {
    ConflictException e = catchThrowableOfType(ConflictException.class, call);
    assertThat(e).as("expected a ConflictException of kind %s", kind).isNotNull();
    assertThat(e.kind()).isEqualTo(kind);
  }
}
