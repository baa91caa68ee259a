package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** 一生一档 at rest on PostgreSQL. */
class PostgresMentalHealthFilesTest extends MentalHealthFilesOnDatabase {

  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }
}
