package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

class H2OpenDayStormTest extends OpenDayStormBehaviour {
  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }
}
