package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** 一生一档 at rest on H2. */
class H2MentalHealthFilesTest extends MentalHealthFilesOnDatabase {

  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }
}
