package org.jiaolianti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.JdbcDatabase;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.examples.cli.JiaoliantiCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiaolianti audit-verify} on an H2 data directory: OK with the count, then a row changed by SQL found. */
class AuditVerifyCliTest {

  @TempDir
  Path dataDir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = JiaoliantiCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void reportsAnIntactChainThenTheFirstBrokenRow() throws Exception {
    DistrictCode d = DistrictCode.of("350213");
    try (JdbcDatabase db = JdbcDatabase.open(DatabaseConfig.h2File(dataDir))) {
      var trail = JdbcStorage.create(db, Clocks.system(), org.jiaolianti.examples.storage.OpenStorage.SEED_FORMAT).auditTrail();
      for (int i = 0; i < 3; i++) {
        trail.append(new AuditEntry(d, Instant.parse("2026-03-02T01:00:00Z"), "t", "u", "TEACHER", "-",
            new AuditSubject("HOME_VISIT", "v" + i), AuditAction.READ, "P", AuditOutcome.ALLOWED));
      }
    }

    Result ok = run("audit-verify", "--data-dir", dataDir.toString());
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("Audit chain intact: 3 events checked");

    try (JdbcDatabase db = JdbcDatabase.open(DatabaseConfig.h2File(dataDir));
        Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE audit_event SET actor_username = 'someone' WHERE sequence_no = 2");
    }
    Result broken = run("audit-verify", "--data-dir", dataDir.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN at sequence 2");
  }
}
