package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.adapters.jdbc.testing.TestPostgres;

class PostgresStorageTest extends StorageBehaviour {

  /** The Chinese round trips of the contracts prove something only on a UTF-8 database. */
  @org.junit.jupiter.api.Test
  void theTestDatabaseStoresUtf8() throws java.sql.SQLException {
    try (var c = database().dataSource().getConnection(); var st = c.createStatement();
        var rs = st.executeQuery("SHOW server_encoding")) {
      rs.next();
      org.assertj.core.api.Assertions.assertThat(rs.getString(1)).isEqualTo("UTF8");
    }
  }

  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }

  @Override
  DatabaseConfig newDatabase() {
    return TestPostgres.newDatabase();
  }
}
