package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.adapters.jdbc.testing.TestPostgres;

class PostgresStorageTest extends StorageBehaviour {
  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }

  @Override
  DatabaseConfig newDatabase() {
    return TestPostgres.newDatabase();
  }
}
