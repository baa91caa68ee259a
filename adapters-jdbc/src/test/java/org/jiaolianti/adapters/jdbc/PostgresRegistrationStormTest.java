package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

class PostgresRegistrationStormTest extends RegistrationStormBehaviour {
  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }
}
