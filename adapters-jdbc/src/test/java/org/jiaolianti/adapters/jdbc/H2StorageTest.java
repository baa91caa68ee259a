package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

class H2StorageTest extends StorageBehaviour {
  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }

  @Override
  DatabaseConfig newDatabase() {
    return DatabaseConfig.h2File(TestDatabases.temporaryDirectory("jiaolianti-h2-new-"));
  }
}
