package org.jiaolianti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.testing.TestPostgres;
import org.jiaolianti.examples.cli.JiaoliantiCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiaolianti roster-import FILE [--dry-run] [--school CODE]} against the configured database (H2 and
 * PostgreSQL): the sample file of {@code docs/examples} into the demo district, a second import that changes
 * nothing, bad rows listed, and a progress bar on stderr for a long file.
 */
class RosterImportCliTest {

  static final Path SAMPLE = Path.of("..", "docs", "examples", "roster-import-sample.csv");

  private record Result(int code, String out, String err) {}

  @TempDir
  Path dataDir;

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = JiaoliantiCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Imports the sample into the demo district of {@code storage} (generated first), twice. */
  private static void importsTheSampleOnceOnly(String... storage) {
    Result demo = run(concat(new String[] {"milestones", "--as-of", "2026-11-28"}, storage));
    assertThat(demo.code()).as(demo.err()).isZero();

    Result dry = run(concat(new String[] {"roster-import", SAMPLE.toString(), "--dry-run"}, storage));
    Result real = run(concat(new String[] {"roster-import", SAMPLE.toString()}, storage));
    Result again = run(concat(new String[] {"roster-import", SAMPLE.toString()}, storage));

    assertThat(dry.code()).as(dry.out() + dry.err()).isZero();
    assertThat(dry.out()).contains("试导入").containsPattern("学生 students +4 +0");
    assertThat(real.code()).as(real.out() + real.err()).isZero();
    assertThat(real.out()).contains("已导入 Imported, 6 行 rows").containsPattern("学生 students +4 +0")
        .containsPattern("家长 guardians +5 +0").containsPattern("监护关系 links +6 +0");
    assertThat(again.code()).isZero();
    assertThat(again.out()).containsPattern("监护关系 links +0 +6").containsPattern("家长 guardians +0 +5");
    assertThat(again.out()).containsPattern("学生 students +0 +4");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void theSampleImportsIntoH2OnceOnly() {
    importsTheSampleOnceOnly("--data-dir", dataDir.toString());
  }

  @Test
  void theSampleImportsIntoPostgresqlOnceOnly() {
    DatabaseConfig pg = TestPostgres.newDatabase();
    String url = pg.url() + (pg.url().contains("?") ? "&" : "?") + "user=" + pg.user()
        + (pg.password().isEmpty() ? "" : "&password=" + pg.password());

    importsTheSampleOnceOnly("--db-url", url);
  }

  @Test
  void badRowsAreListedAndARealRunWritesNothing() throws IOException {
    run("milestones", "--as-of", "2026-11-28", "--data-dir", dataDir.toString());
    Path file = dataDir.resolve("bad.csv");
    Files.writeString(file, "学校标识码,年级,班级,学生姓名,性别,出生日期,全国学籍号,监护人姓名,监护人手机号,关系\n"
        + "3213010001,一年级,1,张三,男,2019-01-01,G123,张父,13912340000,父亲\n"
        + "3213010001,一年级,1,李四,男,2019-01-01,G350213201901010045,李父,13912340001,父亲\n", StandardCharsets.UTF_8);

    Result dry = run("roster-import", file.toString(), "--dry-run", "--data-dir", dataDir.toString());
    Result real = run("roster-import", file.toString(), "--data-dir", dataDir.toString());
    Result after = run("roster-import", file.toString(), "--dry-run", "--data-dir", dataDir.toString());
    Result otherSchool = run("roster-import", SAMPLE.toString(), "--dry-run", "--school", "3213010001", "--data-dir",
        dataDir.toString());

    assertThat(dry.code()).isEqualTo(1);
    assertThat(dry.out()).contains("有误的行 Bad rows: 1").containsPattern("2 +全国学籍号 nationalNumber");
    assertThat(real.code()).isEqualTo(1);
    assertThat(real.out()).contains("未写入任何数据", "第2行“全国学籍号”");
    assertThat(after.out()).as("the good row was not written either").containsPattern("学生 students +1 +0");
    assertThat(otherSchool.code()).isEqualTo(1);
    assertThat(otherSchool.out()).contains("有误的行 Bad rows: 2");
  }

  @Test
  void aLongImportDrawsAProgressBarOnStderr() throws IOException {
    run("milestones", "--as-of", "2026-11-28", "--data-dir", dataDir.toString());
    StringBuilder csv = new StringBuilder("学校标识码,年级,班级,学生姓名,性别,出生日期,全国学籍号,监护人姓名,监护人手机号,关系\n");
    for (int i = 0; i < 300; i++) {
      csv.append(String.format("3213010001,%d,%d,学生%d,男,2018-01-01,G3502132018010%05d,家长%d,139%08d,母亲%n",
          1 + i % 6, 1 + i % 4, i, i, i, i));
    }
    Path file = dataDir.resolve("long.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    Result r = run("roster-import", file.toString(), "--data-dir", dataDir.toString());

    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.err()).contains("核对 check [", "300/300", "写入 write [", "100%");
    assertThat(r.out()).as("the bar goes to stderr only").doesNotContain("核对 check [");
    assertThat(r.out()).containsPattern("学生 students +300 +0");
  }

  @Test
  void aMissingFileOrAnUnknownFormatIsAUsageError() {
    Result missing = run("roster-import", dataDir.resolve("none.csv").toString(), "--data-dir", dataDir.toString());
    Result pdf = run("roster-import", "roster.pdf", "--data-dir", dataDir.toString());

    assertThat(missing.code()).isNotZero();
    assertThat(missing.err()).contains("no such file");
    assertThat(pdf.code()).isNotZero();
    assertThat(pdf.err()).contains(".csv or .xlsx");
  }
}
