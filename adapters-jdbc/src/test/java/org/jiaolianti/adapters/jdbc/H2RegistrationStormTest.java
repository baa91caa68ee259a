package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

class H2RegistrationStormTest extends RegistrationStormBehaviour {
  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }
}
