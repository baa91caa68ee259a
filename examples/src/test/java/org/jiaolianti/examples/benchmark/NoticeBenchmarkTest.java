package org.jiaolianti.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiaolianti.examples.benchmark.ImportBenchmark.Database;
import org.jiaolianti.examples.benchmark.NoticeBenchmark.District;
import org.jiaolianti.examples.benchmark.NoticeBenchmark.Options;
import org.junit.jupiter.api.Test;

/**
 * The notice benchmark runs end to end at a tiny size on H2 (nothing timed or asserted about speed): the
 * publication and the raw insert each write one receipt per guardian (the benchmark checks the counts after
 * every run and every receipt's children against the roster in the first round, and fails otherwise).
 */
class NoticeBenchmarkTest {

  @Test
  void oneRoundOnH2PublishesOneReceiptPerGuardianOnBothSides() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = NoticeBenchmark.run(new String[] {"--database", "h2", "--guardians", "200", "--rounds", "1",
        "--warmup", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(report).contains("200 guardians, 160 students");
    assertThat(report).contains("(receipts = roster: checked)");
    assertThat(report).containsPattern("\\| H2 \\| 200 \\| [0-9.]+ \\([0-9.]+\\) \\|");
    assertThat(report).contains("no PostgreSQL measurement");
  }

  @Test
  void everyGuardianHasAChildAndSomeHaveTwo() {
    District d = District.generate("350213", List.of("s1", "s2", "s3"), 1000, 1L);

    assertThat(d.guardians()).isEqualTo(1000);
    assertThat(d.students()).isEqualTo(800);
    assertThat(d.childrenOf()).allSatisfy(children -> assertThat(children).isNotEmpty());
    assertThat(d.childrenOf().stream().filter(c -> c.size() == 2)).hasSize(40);
    // every student has a guardian: 800 own guardians, 200 second ones, 40 second children
    assertThat(d.links()).isEqualTo(1040);
    assertThat(d.receipts("user-1").counts()).containsEntry("notice", 1).containsEntry("notice_receipt", 1000);
  }

  @Test
  void optionsHaveDefaultsAndASmallSize() {
    Options defaults = NoticeBenchmark.options("demo");
    assertThat(defaults.guardians()).isEqualTo(250_000);
    assertThat(List.of(defaults.rounds(), defaults.warmup())).containsExactly(5, 2);
    assertThat(defaults.database()).isEqualTo(Database.POSTGRES);
    assertThat(defaults.copy()).isTrue();
    assertThat(NoticeBenchmark.options("--size", "small").guardians()).isEqualTo(25_000);
    assertThat(NoticeBenchmark.options("--guardians=1000", "--no-copy", "--database", "h2"))
        .satisfies(o -> assertThat(List.of(o.guardians(), o.copy(), o.database())).containsExactly(1000, false,
            Database.H2));
    assertThatThrownBy(() -> NoticeBenchmark.options("--guardians", "5")).hasMessageContaining("--guardians");
    assertThatThrownBy(() -> NoticeBenchmark.options("--size", "city")).hasMessageContaining("city");
  }
}
