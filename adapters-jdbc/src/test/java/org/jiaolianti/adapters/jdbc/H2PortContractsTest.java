package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** The application's port contracts on H2 in file mode, the embedded default. */
class H2PortContractsTest extends PortContracts {
  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }
}
