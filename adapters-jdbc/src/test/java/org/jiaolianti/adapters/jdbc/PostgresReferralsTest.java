package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** Referrals through the use case on PostgreSQL. */
class PostgresReferralsTest extends ReferralsOnDatabase {
  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }
}
