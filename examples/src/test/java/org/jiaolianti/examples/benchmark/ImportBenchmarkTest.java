package org.jiaolianti.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiaolianti.examples.benchmark.ImportBenchmark.Database;
import org.jiaolianti.examples.benchmark.ImportBenchmark.Options;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end (one round on H2, nothing timed or asserted about speed) and reads its options. */
class ImportBenchmarkTest {

  @Test
  void oneRoundOnH2ImportsAndInsertsTheSameRowsAndReportsARatio() {
    // a district (a tenth of the city) keeps the test quick; the city's generator is checked in CityDatasetTest
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = ImportBenchmark.run(new String[] {"--databases", "h2", "--rounds", "1", "--warmup", "0",
        "--size", "district"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    // the first round compares both sides' rows by content, and every run's row counts
    assertThat(report).contains("(same rows: checked)");
    assertThat(report).containsPattern("\\| H2 \\| 1,879 \\| [0-9.]+ \\([0-9.]+\\) \\| [0-9,]+ \\|");
    assertThat(report).contains("no PostgreSQL measurement");
  }

  @Test
  void optionsHaveDefaultsAndAStrayDemoArgumentIsIgnored() {
    Options defaults = ImportBenchmark.options("demo");
    assertThat(defaults.rounds()).isEqualTo(7);
    assertThat(defaults.warmup()).isEqualTo(3);
    assertThat(defaults.databases()).containsExactly(Database.POSTGRES, Database.H2);
    assertThat(defaults.pgUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    assertThat(defaults.pgUser()).isEqualTo("postgres");
    assertThat(defaults.datasetSize()).isEqualTo(CityDataset.Size.CITY);

    Options given = ImportBenchmark.options("--rounds=3", "--warmup", "0", "--databases", "pg", "--require-postgres",
        "--pg-url", "jdbc:postgresql://db:5433/admin?ssl=false");
    assertThat(List.of(given.rounds(), given.warmup())).containsExactly(3, 0);
    assertThat(given.databases()).containsExactly(Database.POSTGRES);
    assertThat(given.requirePostgres()).isTrue();
  }

  @Test
  void aWrongArgumentIsAUsageError() {
    assertThatThrownBy(() -> ImportBenchmark.options("--rounds", "0")).hasMessageContaining("--rounds");
    assertThatThrownBy(() -> ImportBenchmark.options("--databases", "oracle")).hasMessageContaining("oracle");
    assertThatThrownBy(() -> ImportBenchmark.options("--frobnicate")).hasMessageContaining("--frobnicate");
    assertThatThrownBy(() -> ImportBenchmark.options("--size", "province")).hasMessageContaining("province");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(ImportBenchmark.run(new String[] {"--frobnicate"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(ImportBenchmark.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void theScratchDatabaseKeepsTheAdminUrlsServerAndParameters() {
    assertThat(ScratchPostgres.withDatabase("jdbc:postgresql://127.0.0.1:5432/test", "jiaolianti_bench_1"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/jiaolianti_bench_1");
    assertThat(ScratchPostgres.withDatabase("jdbc:postgresql://db/admin?sslmode=disable&user=x", "b"))
        .isEqualTo("jdbc:postgresql://db/b?sslmode=disable&user=x");
    assertThat(ScratchPostgres.withDatabase("jdbc:postgresql://db:5432/", "b")).isEqualTo("jdbc:postgresql://db:5432/b");
    assertThat(ScratchPostgres.withDatabase("jdbc:postgresql://db:5432", "b")).isEqualTo("jdbc:postgresql://db:5432/b");
  }
}
