package org.jiaolianti.examples.benchmark;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own on a PostgreSQL server for one benchmark run: created from an admin URL
 * ({@code CREATE DATABASE … TEMPLATE template0 ENCODING 'UTF8'}) and dropped on {@link #close()}, or
 * by a shutdown hook if the run is interrupted.
 */
final class ScratchPostgres implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(\\?.*)?");

  private final String adminUrl;
  private final String user;
  private final String password;
  private final String name;
  private final String url;
  private final Thread dropOnExit;
  private boolean dropped;

  private ScratchPostgres(String adminUrl, String user, String password, String name, String url) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.name = name;
    this.url = url;
    this.dropOnExit = new Thread(this::dropQuietly, "drop " + name);
  }

  /**
   * Connects to {@code adminUrl} and creates {@code name}; fails with the driver's exception when the
   * server cannot be reached (within a few seconds) or refuses.
   */
  static ScratchPostgres create(String adminUrl, String user, String password, String name) throws SQLException {
    requireNonNull(name, "name");
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    ScratchPostgres db = new ScratchPostgres(adminUrl, user, password, name, withDatabase(adminUrl, name));
    try (Connection c = db.admin(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    }
    Runtime.getRuntime().addShutdownHook(db.dropOnExit);
    return db;
  }

  /** {@code adminUrl} naming database {@code name} instead, with the same parameters. */
  static String withDatabase(String adminUrl, String name) {
    Matcher m = URL.matcher(adminUrl);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database URL: " + adminUrl);
    }
    return m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
  }

  String name() {
    return name;
  }

  /** The JDBC URL of the scratch database. */
  String url() {
    return url;
  }

  private Connection admin() throws SQLException {
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "5");
    props.setProperty("loginTimeout", "10");
    return DriverManager.getConnection(adminUrl, props);
  }

  /** Drops the database (closing any connection still open to it). Close the pool first. */
  @Override
  public synchronized void close() throws SQLException {
    if (dropped) {
      return;
    }
    try (Connection c = admin(); Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
    dropped = true;
    try {
      Runtime.getRuntime().removeShutdownHook(dropOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: nothing left to do
    }
  }

  private void dropQuietly() {
    try {
      close();
    } catch (SQLException | RuntimeException e) {
      System.err.println("could not drop the benchmark database " + name + ": " + e.getMessage());
    }
  }
}
