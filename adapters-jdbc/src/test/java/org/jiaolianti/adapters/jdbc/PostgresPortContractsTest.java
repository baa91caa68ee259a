package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** The application's port contracts on a real PostgreSQL (see {@code TestPostgres} for which one). */
class PostgresPortContractsTest extends PortContracts {
  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }
}
