package org.jiaolianti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.testing.TestPostgres;
import org.jiaolianti.domain.milestone.MilestoneStatus;
import org.jiaolianti.examples.cli.JiaoliantiCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command: the CLI prints the three reports; errors are clear. */
class CliTest {

  private record Result(int code, String out, String err) {}

  /** The embedded H2 database of each test. */
  @TempDir
  Path dataDir;

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = JiaoliantiCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void demoPrintsTheThreeReportsWithEveryMilestoneStatus() {
    Result r = run("demo", "--as-of", "2026-11-28", "--data-dir", dataDir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("存储 Storage: H2 jdbc:h2:file:" + dataDir.toAbsolutePath());
    assertThat(r.out()).contains("责任矩阵 Duty matrix (15 units × 17 measures)", "区妇联（厦门市翔安区妇女联合会）",
        "[三(二)12]", "主要目标 Milestones", "马巷教联体实验区", "内厝镇");
    for (MilestoneStatus status : MilestoneStatus.values()) {
      assertThat(r.out()).as("status %s", status).contains(status.name());
    }
  }

  @Test
  void matrixAsCsvHasOneRowPerFact() {
    Result r = run("matrix", "--format", "csv");
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("measureCode,clause,collaboration,measureTitle,unitCode,unitName,responsibility,position");
    // 57 (measure, unit) facts: 1+1+1+4+5 (五(一)) + 5+4+3 (五(二)) + 2+2 (五(三)) + 3 (五(四)) + 4+2+4+7 (五(五)) + 6+3 (五(六))
    assertThat(lines).hasSize(1 + 57);
    assertThat(lines[1]).startsWith("HS1,五(一)1,HOME_SCHOOL,").endsWith(",EDUCATION_BUREAU,区教育局,LEAD,1");
  }

  @Test
  void unitByChineseNameOrCode() {
    assertThat(run("unit", "区科协").out()).contains("[三(二)8]", "CE2");
    assertThat(run("unit", "SCIENCE_ASSOCIATION").out()).contains("[三(二)8]");
    Result unknown = run("unit", "区不存在局");
    assertThat(unknown.code()).isNotZero();
    assertThat(unknown.err()).contains("unknown unit '区不存在局'");
  }

  @Test
  void anotherDistrictSeedRunsWithoutCodeChanges() {
    Result r = run("milestones", "--seed", Path.of("../seeds/src/test/resources/other-district").toString(), "--as-of",
        "2027-06-30", "--in-memory");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("350206", "huli-2026");
  }

  @Test
  void aBrokenSeedDirectoryIsAClearError() {
    Result r = run("matrix", "--seed", "no/such/dir");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("policy.yaml: file not found");
  }

  @Test
  void aSecondRunOnTheSameDatabaseReportsTheStoredDistrictInsteadOfAddingItAgain() {
    Result first = run("milestones", "--as-of", "2026-11-28", "--data-dir", dataDir.toString());
    Result second = run("milestones", "--as-of", "2026-11-28", "--data-dir", dataDir.toString());

    assertThat(first.code()).isZero();
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void theDemoRunsOnPostgresqlByUrlAndReportsWhatItReportsOnH2() {
    DatabaseConfig pg = TestPostgres.newDatabase();
    String url = pg.url() + (pg.url().contains("?") ? "&" : "?") + "user=" + pg.user()
        + (pg.password().isEmpty() ? "" : "&password=" + pg.password());

    Result onPostgres = run("milestones", "--as-of", "2026-11-28", "--db-url", url);
    Result onH2 = run("milestones", "--as-of", "2026-11-28", "--data-dir", dataDir.toString());

    assertThat(onPostgres.code()).as(onPostgres.err()).isZero();
    assertThat(onPostgres.out()).contains("存储 Storage: PostgreSQL jdbc:postgresql:");
    assertThat(reportOf(onPostgres)).isEqualTo(reportOf(onH2)).contains("MET", "MISSED");
  }

  @Test
  void anUnsupportedDatabaseUrlIsAClearError() {
    Result r = run("milestones", "--db-url", "jdbc:mysql://localhost/x");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("jdbc:h2: or jdbc:postgresql:");
  }

  /** The output without its first line, which names the storage. */
  private static String reportOf(Result r) {
    return r.out().substring(r.out().indexOf('\n') + 1);
  }
}
