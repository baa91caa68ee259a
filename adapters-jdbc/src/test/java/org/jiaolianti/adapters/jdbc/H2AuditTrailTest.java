package org.jiaolianti.adapters.jdbc;

import java.sql.SQLException;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** The audit trail on H2: no trigger there (the adapter has no UPDATE or DELETE), so SQL tampers directly. */
class H2AuditTrailTest extends AuditTrailOnDatabase {

  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }

  @Override
  void tamper(String sql) throws SQLException {
    execute(sql);
  }
}
