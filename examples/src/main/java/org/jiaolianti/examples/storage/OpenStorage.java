package org.jiaolianti.examples.storage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.JdbcDatabase;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.adapters.jdbc.PolicyFormat;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.jiaolianti.seeds.PolicySeedWriter;

/**
 * The storage an example app runs on, open until closed: the configured database
 * ({@link DatabaseConfig}: H2 file by default, PostgreSQL by URL) or, for throwaway runs, memory.
 *
 * @param description what it is, for the app's first line of output (never a password)
 */
public record OpenStorage(Storage storage, String description, JdbcDatabase database) implements AutoCloseable {

  /** Policies are kept in the database as their seed text. */
  public static final PolicyFormat SEED_FORMAT = PolicyFormat.of(PolicySeedWriter::write,
      text -> PolicySeedLoader.parse("stored policy", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

  /** Opens (and migrates) the database {@code config} names. */
  public static OpenStorage database(DatabaseConfig config, Clock clock) {
    JdbcDatabase database = JdbcDatabase.open(config);
    return new OpenStorage(JdbcStorage.create(database, clock, SEED_FORMAT),
        config.databaseName() + " " + config.safeUrl(), database);
  }

  public static OpenStorage inMemory() {
    return new OpenStorage(InMemoryStorage.create(), "in memory (nothing is kept)", null);
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
  }
}
