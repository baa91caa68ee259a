package org.jiaolianti.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.argument.Argument;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.people.Revocation;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Voiding;

/**
 * Binding and reading the column types both databases share. Dates and instants go through
 * {@code setObject}/{@code getObject} with java.time types (JDBC 4.2), never through the JVM's
 * default time zone.
 */
final class Sql {

  private Sql() {}

  static Argument date(LocalDate value) {
    return (position, statement, ctx) -> {
      if (value == null) {
        statement.setNull(position, Types.DATE);
      } else {
        statement.setObject(position, value);
      }
    };
  }

  static Argument instant(Instant value) {
    return (position, statement, ctx) -> {
      if (value == null) {
        statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(position, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      }
    };
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A NUMERIC column without the trailing zeros the column's scale adds (0.50000000 reads as 0.5). */
  static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static <T> T nullable(String value, Function<String, T> parse) {
    return value == null ? null : parse.apply(value);
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static DateRange period(ResultSet rs) throws SQLException {
    return new DateRange(date(rs, "valid_from"), date(rs, "valid_to"));
  }

  /** Binds {@code :voidedBy}, {@code :voidedAt} and {@code :voidReason} (all null for a record in force). */
  static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S voiding(S statement, Voiding voiding) {
    return statement.bind("voidedBy", voiding == null ? null : voiding.voidedBy())
        .bind("voidedAt", instant(voiding == null ? null : voiding.voidedAt()))
        .bind("voidReason", voiding == null ? null : voiding.reason());
  }

  static Voiding voiding(ResultSet rs) throws SQLException {
    String by = rs.getString("voided_by");
    return by == null ? null : new Voiding(by, instant(rs, "voided_at"), rs.getString("void_reason"));
  }

  static Revocation revocation(ResultSet rs) throws SQLException {
    String by = rs.getString("revoked_by");
    return by == null ? null : new Revocation(by, instant(rs, "revoked_at"), rs.getString("revoke_reason"));
  }

  /** An enum set as its names in declaration order, comma-separated ("HOME_SCHOOL,SCHOOL_COMMUNITY"). */
  static <E extends Enum<E>> String enumSet(Set<E> values) {
    return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> enumSet(String names, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    if (names != null && !names.isEmpty()) {
      for (String name : names.split(",")) {
        set.add(Enum.valueOf(type, name));
      }
    }
    return set;
  }

  /**
   * Whether {@code e} (or a cause) is a unique-key violation, SQLSTATE 23505 on both databases, and
   * names {@code constraint} when one is given (PostgreSQL and H2 both put the name in the message).
   */
  static boolean isUniqueViolation(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // a failed batch reports the row's error as the next exception (PostgreSQL)
      for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
        if ("23505".equals(sql.getSQLState())) {
          return constraint == null || String.valueOf(sql.getMessage()).toLowerCase().contains(constraint);
        }
      }
    }
    return false;
  }

  static final int BATCH_SIZE = JdbcStorage.BATCH_SIZE;

  /** Inserts {@code rows} with one prepared statement, {@link #BATCH_SIZE} rows per batch. */
  static <T> void batch(org.jdbi.v3.core.Handle handle, String sql, java.util.List<T> rows,
      java.util.function.BiConsumer<org.jdbi.v3.core.statement.PreparedBatch, T> bind) {
    for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
      org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch(sql);
      for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))) {
        bind.accept(batch, row);
        batch.add();
      }
      batch.execute();
    }
  }

  /**
   * After an optimistic {@code UPDATE … WHERE version = :version} changed {@code rows} rows: none
   * means the record changed since it was read (a stale conflict) or does not exist (not found).
   */
  static void updatedOne(int rows, org.jdbi.v3.core.Handle handle, String table, String district, String id,
      String what) {
    if (rows == 1) {
      return;
    }
    boolean exists = handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE district_code = :d AND id = :id")
        .bind("d", district).bind("id", id).mapTo(Integer.class).one() > 0;
    throw exists ? ConflictException.stale(what, id) : new org.jiaolianti.application.shared.NotFoundException(what, id);
  }

  /** Binds one row's values to a plain JDBC statement, by position. */
  @FunctionalInterface
  interface RowBinder<T> {
    void bind(java.sql.PreparedStatement statement, T row) throws SQLException;
  }

  /**
   * As {@link #batch}, but on the transaction's own JDBC connection with positional parameters and one
   * statement for all the batches: for the largest writes (a notice's receipts, and the outbox rows the
   * dispatcher expands from its fan-out: one per guardian of a district), where binding by name costs about
   * as much as the database's work. A failure is rethrown as JDBI's exception, so callers (and
   * {@link #unique}) see what {@link #batch} throws.
   */
  static <T> void jdbcBatch(org.jdbi.v3.core.Handle handle, String sql, java.util.List<T> rows, RowBinder<T> bind) {
    try (java.sql.PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
      int pending = 0;
      for (T row : rows) {
        bind.bind(statement, row);
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    } catch (SQLException e) {
      throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
    }
  }

  /** Sets a TIMESTAMP WITH TIME ZONE parameter (UTC) or NULL, as {@link #instant(Instant)} binds it. */
  static void setInstant(java.sql.PreparedStatement statement, int position, Instant value) throws SQLException {
    if (value == null) {
      statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(position, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  /** The duplicate conflict of a batch: one of its rows repeats {@code field} of a stored record. */
  static ConflictException duplicateInBatch(String field) {
    return new ConflictException(ConflictException.Kind.DUPLICATE, org.jiaolianti.domain.shared.Bilingual.of(
        "批量写入的记录中有 " + field + " 与已有记录重复", "one of the records written together repeats the " + field
            + " of a stored record"));
  }

  /** Runs {@code write}; a unique-key violation becomes the duplicate conflict {@code duplicate}. */
  static void unique(Runnable write, java.util.function.Supplier<ConflictException> duplicate) {
    try {
      write.run();
    } catch (RuntimeException e) {
      if (isUniqueViolation(e, null)) {
        throw duplicate.get();
      }
      throw e;
    }
  }
}
