package org.jiaolianti.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: a HikariCP pool, the schema migrated to the newest version (Flyway, scripts in
 * {@code db/migration}, one set for H2 and PostgreSQL), and Jdbi over the pool. Close it to close
 * the pool.
 */
public final class JdbcDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);

  private final DatabaseConfig config;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final String schemaVersion;
  private final int migrationsApplied;

  private JdbcDatabase(DatabaseConfig config, HikariDataSource dataSource, String schemaVersion, int migrationsApplied) {
    this.config = config;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.schemaVersion = schemaVersion;
    this.migrationsApplied = migrationsApplied;
  }

  /** The migrations written in Java (beside the SQL scripts): those that differ per database. */
  static final java.util.List<org.flywaydb.core.api.migration.JavaMigration> JAVA_MIGRATIONS =
      java.util.List.of(new V8_1__Audit_append_only());

  /** Opens the pool and migrates the schema; an H2 file database's directory is created on first start. */
  public static JdbcDatabase open(DatabaseConfig config) {
    requireNonNull(config, "config");
    createH2Directory(config);
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.url());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setPoolName("jiaolianti");
    if (config.isPostgres()) {
      // one multi-row INSERT per batch instead of one round trip per row (the bulk import)
      hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource dataSource = new HikariDataSource(hikari);
    try {
      MigrateResult result = Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .javaMigrations(JAVA_MIGRATIONS.toArray(new org.flywaydb.core.api.migration.JavaMigration[0]))
          .failOnMissingLocations(true)
          .load()
          .migrate();
      String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
      LOG.info("{} database {} at schema version {} ({} migrations applied now)", config.databaseName(),
          config.safeUrl(), version, result.migrationsExecuted);
      return new JdbcDatabase(config, dataSource, version, result.migrationsExecuted);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static void createH2Directory(DatabaseConfig config) {
    String prefix = "jdbc:h2:file:";
    if (!config.url().startsWith(prefix)) {
      return;
    }
    String file = config.url().substring(prefix.length()).split(";", 2)[0];
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + parent, e);
    }
  }

  public DatabaseConfig config() {
    return config;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The schema version after migration ("1", …). */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** How many migrations this {@link #open} applied (0 when the schema was already current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
