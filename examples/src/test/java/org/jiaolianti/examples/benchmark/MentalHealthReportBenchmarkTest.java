package org.jiaolianti.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.examples.benchmark.ImportBenchmark.Database;
import org.jiaolianti.examples.benchmark.MentalHealthReportBenchmark.Options;
import org.junit.jupiter.api.Test;

/**
 * The mental-health report benchmark runs end to end on a tiny district on H2 (nothing timed or asserted about
 * speed): the generated rows load, the report and the raw aggregate run, and their district figures agree (the
 * benchmark checks that in the first round and fails otherwise).
 */
class MentalHealthReportBenchmarkTest {

  @Test
  void oneRoundOnH2MatchesTheAggregate() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = MentalHealthReportBenchmark.run(new String[] {"--database", "h2", "--students", "400", "--schools",
        "4", "--rounds", "1", "--warmup", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8) + report).isZero();
    assertThat(report).contains("4 schools, 400 students");
    assertThat(report).contains("(district figures = aggregate: checked)");
    assertThat(report).containsPattern("\\| H2 \\| 400 \\| 0\\+1 \\| [0-9.]+ \\([0-9.]+\\) \\|");
    assertThat(report).contains("mentalHealthFiles.all");
    assertThat(report).contains("no PostgreSQL measurement");
  }

  @Test
  void optionsHaveDistrictDefaults() {
    Options defaults = MentalHealthReportBenchmark.options("demo");
    assertThat(List.of(defaults.students(), defaults.schools(), defaults.rounds(), defaults.warmup()))
        .containsExactly(130_000, 200, 7, 3);
    assertThat(defaults.database()).isEqualTo(Database.POSTGRES);
    assertThat(MentalHealthReportBenchmark.options("--students=1000", "--database", "h2").students())
        .isEqualTo(1000);
    assertThatThrownBy(() -> MentalHealthReportBenchmark.options("--students", "5"))
        .hasMessageContaining("--students");
  }

  @Test
  void termsFollowTheSchoolYear() {
    assertThat(MentalHealthRows.term(LocalDate.of(2026, 9, 30))).isEqualTo("2026-2027-1");
    assertThat(MentalHealthRows.term(LocalDate.of(2027, 1, 10))).isEqualTo("2026-2027-1");
    assertThat(MentalHealthRows.term(LocalDate.of(2027, 3, 1))).isEqualTo("2026-2027-2");
  }
}
