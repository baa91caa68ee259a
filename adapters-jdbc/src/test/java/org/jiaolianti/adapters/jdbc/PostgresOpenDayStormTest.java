package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

class PostgresOpenDayStormTest extends OpenDayStormBehaviour {
  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }
}
