package org.jiaolianti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * {@code jiaolianti audit-purge} on an H2 data directory: old events go, younger ones stay, audit-verify is still
 * intact from the checkpoint, a second run finds nothing, a date inside the retention is refused (exit 2).
 */
class AuditPurgeCliTest {

  @TempDir
  Path dataDir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = JiaoliantiCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  private static AuditEntry entry(DistrictCode d, Instant at, int i) {
    return new AuditEntry(d, at, "t", "u", "TEACHER", "-", new AuditSubject("HOME_VISIT", "v" + i),
        AuditAction.READ, "P", AuditOutcome.ALLOWED);
  }

  @Test
  void purgesTheOldSegment_verifyStaysIntact_insideTheRetentionIsRefused() {
    DistrictCode d = DistrictCode.of("350213");
    try (JdbcDatabase db = JdbcDatabase.open(DatabaseConfig.h2File(dataDir))) {
      var trail = JdbcStorage.create(db, Clocks.system(), org.jiaolianti.examples.storage.OpenStorage.SEED_FORMAT)
          .auditTrail();
      for (int i = 0; i < 3; i++) {
        trail.append(entry(d, Instant.parse("2025-01-02T01:00:00Z"), i));
      }
      for (int i = 3; i < 5; i++) {
        trail.append(entry(d, Instant.now(), i));
      }
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String old = today.minusMonths(7).toString();

    Result purged = run("audit-purge", "--data-dir", dataDir.toString(), "--older-than", old,
        "--purpose", "年度清理 annual purge");
    assertThat(purged.code()).as(purged.out() + purged.err()).isZero();
    assertThat(purged.out()).contains("Purged 3 events before " + old).contains("checkpoint at sequence 3");

    Result verified = run("audit-verify", "--data-dir", dataDir.toString());
    assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
    assertThat(verified.out()).contains("Audit chain intact");

    Result again = run("audit-purge", "--data-dir", dataDir.toString(), "--older-than", old, "--purpose", "再次");
    assertThat(again.code()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).contains("Nothing to purge");

    Result refused = run("audit-purge", "--data-dir", dataDir.toString(), "--older-than", today.toString(),
        "--purpose", "太近了");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("6 months");

    Result noPurpose = run("audit-purge", "--data-dir", dataDir.toString(), "--older-than", old);
    assertThat(noPurpose.code()).isEqualTo(2);
    assertThat(noPurpose.err()).contains("--purpose");
  }
}
