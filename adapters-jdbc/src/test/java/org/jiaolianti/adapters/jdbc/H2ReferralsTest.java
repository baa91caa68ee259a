package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

/** Referrals through the use case on H2. */
class H2ReferralsTest extends ReferralsOnDatabase {
  @Override
  JdbcDatabase database() {
    return TestDatabases.h2();
  }
}
