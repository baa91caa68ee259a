package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The audit trail on PostgreSQL: the V8.1 trigger refuses UPDATE, DELETE and TRUNCATE outside the purge. */
class PostgresAuditTrailTest extends AuditTrailOnDatabase {

  @Override
  JdbcDatabase database() {
    return TestDatabases.postgres();
  }

  /** A superuser's tampering: the trigger disabled, the change made, the trigger enabled again. */
  @Override
  void tamper(String sql) throws SQLException {
    try (Connection c = database().dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
      try {
        st.executeUpdate(sql);
      } finally {
        st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
      }
    }
  }

  @Test
  void theTriggerRefusesUpdateDeleteAndTruncateBySql() throws SQLException {
    assertRefused(() -> execute("UPDATE audit_event SET purpose = 'x' WHERE sequence_no = 1"));
    assertRefused(() -> execute("DELETE FROM audit_event WHERE sequence_no = 5"));
    assertRefused(() -> execute("TRUNCATE audit_event"));
    assertThat(storage.auditTrail().walk(XIANGAN, 0, 10)).hasSize(5);
    storage.auditTrail().purge(XIANGAN, NOW.plusSeconds(2), NOW.plusSeconds(100));
    assertRefused(() -> execute("UPDATE audit_checkpoint SET purged_count = 0"));
    assertRefused(() -> execute("DELETE FROM audit_checkpoint"));
  }

  @Test
  void thePurgeSettingDoesNotOutliveThePurgesTransaction() throws SQLException {
    storage.auditTrail().purge(XIANGAN, NOW.plusSeconds(3), NOW.plusSeconds(100));
    // the pool hands out the same few connections: none keeps the purge's permission
    for (int i = 0; i < 12; i++) {
      assertRefused(() -> execute("DELETE FROM audit_event WHERE sequence_no = 5"));
    }
  }
}
