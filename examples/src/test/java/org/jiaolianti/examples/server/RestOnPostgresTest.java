package org.jiaolianti.examples.server;

import java.util.Map;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.adapters.jdbc.testing.TestPostgres;

class RestOnPostgresTest extends RestOnDatabases {
  @Override
  Map<String, String> settings() {
    DatabaseConfig pg = TestPostgres.newDatabase();
    return Map.of("JIAOLIANTI_PORT", "0",
        "JIAOLIANTI_DATA_DIR", TestDatabases.temporaryDirectory("rest-pg-").toString(),
        "JIAOLIANTI_DB_URL", pg.url(), "JIAOLIANTI_DB_USER", pg.user(), "JIAOLIANTI_DB_PASSWORD", pg.password());
  }
}
