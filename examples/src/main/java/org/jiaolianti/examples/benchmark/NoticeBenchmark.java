package org.jiaolianti.examples.benchmark;

import static org.jiaolianti.examples.benchmark.RawRows.NOW;
import static org.jiaolianti.examples.benchmark.RawRows.TS;
import static org.jiaolianti.examples.benchmark.RawRows.V;
import static org.jiaolianti.examples.benchmark.RawRows.columns;

import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.homeschool.NoticeDispatcher;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.PublishNoticeCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryHomeSchool;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.examples.benchmark.ImportBenchmark.Database;
import org.jiaolianti.examples.benchmark.RawRows.Table;
import org.jiaolianti.examples.storage.OpenStorage;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.postgresql.PGConnection;

/**
 * Benchmark: one notice to every guardian of a generated district (学校通知一键直达, 五(一)2), published through
 * {@link PublishNoticeUseCase} (audience resolution, one receipt per guardian, one outbox fan-out row for the
 * whole publication, all in one transaction), next to a raw JDBC batch insert of the same receipts ({@link RawRows}: the notice row
 * and one receipt row per guardian, {@link JdbcStorage#BATCH_SIZE} rows per {@code executeBatch}, one
 * transaction), in the same run, on the same connection pool; on PostgreSQL also next to a {@code COPY} of
 * the same receipt rows, the limit (its text is prepared before the timing).
 *
 * <p>Setup (not timed): a district of 200 schools imported through the use case ({@link CityDataset},
 * district size), then the roster written with raw batches: {@code --guardians} guardians (250,000 by
 * default, Xiang'an's size), 80 % as many students in classes of 45, every student linked to one guardian,
 * a quarter of them to a second one, and one guardian in twenty also linked to a second child — so every
 * guardian receives exactly one receipt, some naming two children. Then a district admin is registered.
 *
 * <p>Every round empties the three notice tables (outside the timing), times one side, empties them again,
 * times the other, alternating which goes first; warm-up rounds are discarded. After every timed run the
 * receipts (and the publication's one fan-out row) are counted; after the publish (not in its time) the
 * dispatcher's expansion of the fan-out into one outbox delivery per guardian is timed and its rows counted; in the first round every receipt's guardian and
 * children are compared with the generated roster on both sides. The report gives the median and minimum of
 * each side and the ratio publish/raw (the median of the per-round ratios). The target (QUALITY.md) is a
 * publication within 2× of the raw insert on PostgreSQL.
 *
 * <pre>
 * mvn -q -DskipTests package exec:java -pl examples -am \
 *   -Dexec.mainClass=org.jiaolianti.examples.benchmark.NoticeBenchmark -Dexec.args="--guardians 250000 --rounds 5"
 * </pre>
 *
 * Options: {@code --guardians N} (250,000; {@code --size small} is 25,000, a run of about a minute),
 * {@code --rounds N} (5), {@code --warmup N} (2), {@code --database postgres|h2} (postgres), {@code --pg-url}
 * (an admin URL; a database {@code jiaolianti_bench_notice_<epoch seconds>} is created on its server and
 * dropped at the end), {@code --pg-user}, {@code --pg-password}, {@code --require-postgres} (fail when
 * PostgreSQL cannot be reached instead of running on H2), {@code --no-copy}, {@code --seed N}.
 */
public final class NoticeBenchmark {

  /** The publication's target on PostgreSQL: at most this many times the raw insert's time. */
  static final double TARGET_RATIO = 2.0;

  static final int DISTRICT_GUARDIANS = 250_000;
  static final int SMALL_GUARDIANS = 25_000;
  static final int CLASS_SIZE = 45;
  static final String ADMIN = "notice.bench.admin";
  static final String TITLE = "关于寒假安排的通知";
  static final String BODY = "各位家长：本学期将于一月二十三日结束，请按时完成回执。";

  /** Student names are built from these; none of their characters occurs in the notice's text. */
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国志红玉";

  static final List<String> NOTICE_TABLES = List.of("notice_fanout", "notice_outbox", "notice_receipt", "notice");

  /** The command line. */
  record Options(int guardians, int rounds, int warmup, Database database, String pgUrl, String pgUser,
      String pgPassword, boolean requirePostgres, boolean copy, long seed) {

    static Options parse(String[] args, PrintStream err) {
      int guardians = DISTRICT_GUARDIANS;
      int rounds = 5;
      int warmup = 2;
      Database database = Database.POSTGRES;
      String pgUrl = ImportBenchmark.DEFAULT_PG_URL;
      String pgUser = "postgres";
      String pgPassword = System.getenv("PGPASSWORD");
      boolean requirePostgres = false;
      boolean copy = true;
      long seed = CityDataset.DEFAULT_SEED;
      List<String> list = new ArrayList<>();
      for (String arg : args) {
        int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
        if (eq > 0) {
          list.add(arg.substring(0, eq));
          list.add(arg.substring(eq + 1));
        } else {
          list.add(arg);
        }
      }
      for (int i = 0; i < list.size(); i++) {
        String arg = list.get(i);
        switch (arg) {
          case "--guardians" -> guardians = (int) number(arg, value(list, ++i, arg), 10, 2_000_000);
          case "--size" -> {
            String size = value(list, ++i, arg).trim().toLowerCase(Locale.ROOT);
            guardians = switch (size) {
              case "district" -> DISTRICT_GUARDIANS;
              case "small" -> SMALL_GUARDIANS;
              default -> throw new ImportBenchmark.UsageException("--size takes district or small, was " + size);
            };
          }
          case "--rounds" -> rounds = (int) number(arg, value(list, ++i, arg), 1, 1000);
          case "--warmup" -> warmup = (int) number(arg, value(list, ++i, arg), 0, 1000);
          case "--database", "--databases" -> database = switch (value(list, ++i, arg).trim().toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql", "pg" -> Database.POSTGRES;
            case "h2" -> Database.H2;
            default -> throw new ImportBenchmark.UsageException("--database takes postgres or h2, was " + list.get(i));
          };
          case "--pg-url" -> pgUrl = value(list, ++i, arg);
          case "--pg-user" -> pgUser = value(list, ++i, arg);
          case "--pg-password" -> pgPassword = value(list, ++i, arg);
          case "--require-postgres" -> requirePostgres = true;
          case "--no-copy" -> copy = false;
          case "--seed" -> seed = number(arg, value(list, ++i, arg), Long.MIN_VALUE, Long.MAX_VALUE);
          case "--help", "-h" -> throw new ImportBenchmark.UsageException(null);
          // the examples module's exec configuration passes "demo" (for the CLI) when -Dexec.args is not given
          case "demo" -> err.println("(ignoring the argument 'demo', the examples module's default for the CLI)");
          default -> throw new ImportBenchmark.UsageException("unknown argument: " + arg);
        }
      }
      if (!pgUrl.startsWith("jdbc:postgresql:")) {
        throw new ImportBenchmark.UsageException("--pg-url must start with jdbc:postgresql:, was " + pgUrl);
      }
      return new Options(guardians, rounds, warmup, database, pgUrl, pgUser, pgPassword == null ? "" : pgPassword,
          requirePostgres, copy, seed);
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new ImportBenchmark.UsageException(option + " needs a value");
      }
      return args.get(i);
    }

    private static long number(String option, String value, long min, long max) {
      long n;
      try {
        n = Long.parseLong(value.trim().replace("_", "").replace(",", ""));
      } catch (NumberFormatException e) {
        throw new ImportBenchmark.UsageException(option + " needs a number, was " + value);
      }
      if (n < min || n > max) {
        throw new ImportBenchmark.UsageException(option + " must be " + min + "-" + max + ", was " + value);
      }
      return n;
    }
  }

  static final String USAGE_TEXT = """
      usage: NoticeBenchmark [--guardians N | --size district|small] [--rounds N] [--warmup N]
                             [--database postgres|h2] [--pg-url URL] [--pg-user USER] [--pg-password PW]
                             [--require-postgres] [--no-copy] [--seed N]
        --guardians N       guardians of the generated district, one receipt each (default %,d);
                            --size small is %,d (about a minute)
        --rounds N          measured rounds (default 5); --warmup N discarded warm-up rounds (default 2)
        --database DB       postgres (default) or h2 (a file database in a temporary directory)
        --pg-url URL        admin URL of the PostgreSQL server (default %s);
                            a database jiaolianti_bench_notice_<epoch seconds> is created there and dropped after
        --pg-user USER      (default postgres); --pg-password PW (default $PGPASSWORD)
        --require-postgres  exit with %d instead of running on H2 when PostgreSQL is unreachable
        --no-copy           PostgreSQL: skip the COPY of the receipts (the limit)
        --seed N            the generator's random seed (default %d)
      """.formatted(DISTRICT_GUARDIANS, SMALL_GUARDIANS, ImportBenchmark.DEFAULT_PG_URL, ImportBenchmark.NO_POSTGRES,
      CityDataset.DEFAULT_SEED);

  /**
   * Timings in nanoseconds per measured round; {@code copyNanos} empty when COPY was not run; {@code expandNanos}
   * the dispatcher's expansion of the publication into one outbox delivery per guardian (after the publish, not
   * part of its time).
   */
  record Measurement(Database database, String version, int receipts, List<Long> publishNanos, List<Long> rawNanos,
      List<Long> copyNanos, List<Long> expandNanos) {

    List<Double> ratios(List<Long> baseline) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < publishNanos.size(); i++) {
        ratios.add((double) publishNanos.get(i) / baseline.get(i));
      }
      return ratios;
    }
  }

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;
  private final Policy policy;
  private final Clock clock = Clocks.system();

  private NoticeBenchmark(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != ImportBenchmark.OK) {
      System.exit(code);
    }
  }

  /** Runs the benchmark as {@link #main} does and returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return ImportBenchmark.launch(args, out, err, USAGE_TEXT, Options::parse, o -> new NoticeBenchmark(o, out, err).run());
  }


  private int run() throws SQLException {
    header();
    Measurement result = null;
    String postgresNote = null;
    if (options.database() == Database.POSTGRES) {
      String name = "jiaolianti_bench_notice_" + Instant.now().getEpochSecond();
      ScratchPostgres scratch = null;
      try {
        scratch = ScratchPostgres.create(options.pgUrl(), options.pgUser(), options.pgPassword(), name);
      } catch (SQLException e) {
        postgresNote = "PostgreSQL unreachable at " + options.pgUrl() + " (user " + options.pgUser() + "): "
            + e.getMessage();
        out.println();
        out.println("!! " + postgresNote);
        if (options.requirePostgres()) {
          out.println("!! --require-postgres given: stopping.");
          return ImportBenchmark.NO_POSTGRES;
        }
        out.println("!! Running on H2 instead: no figure for the PostgreSQL target.");
      }
      if (scratch != null) {
        try (ScratchPostgres db = scratch) {
          out.println();
          out.println("PostgreSQL: scratch database " + db.name() + " (dropped at the end)");
          result = measure(Database.POSTGRES, DatabaseConfig.postgres(db.url(), options.pgUser(),
              options.pgPassword()));
        }
      }
    }
    if (result == null) {
      Path dir = ImportBenchmark.temporaryDirectory();
      try {
        out.println();
        out.println("H2: file database in " + dir + " (deleted at the end)");
        result = measure(Database.H2, DatabaseConfig.h2File(dir));
      } finally {
        ImportBenchmark.deleteRecursively(dir, err);
      }
    }
    report(result, postgresNote);
    return ImportBenchmark.OK;
  }

  private void header() {
    Runtime rt = Runtime.getRuntime();
    out.println("jiaolianti notice benchmark: PublishNoticeUseCase (one notice to a whole district) vs raw JDBC batch"
        + " insert of the same receipts");
    out.println("date:    " + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    out.println("JVM:     " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + ", max heap " + rt.maxMemory() / (1024 * 1024) + " MiB");
    out.println("machine: " + rt.availableProcessors() + " cores"
        + ImportBenchmark.cpuModel().map(m -> ", " + m).orElse("") + ", load average " + loadAverage());
    out.println("method:  one transaction per run on both sides, " + JdbcStorage.BATCH_SIZE
        + " rows per executeBatch, same connection pool; " + options.warmup() + " warm-up + " + options.rounds()
        + " measured rounds, order alternating; notice tables emptied outside the timing");
  }

  private static String loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Opens {@code config}'s database, generates the district, runs the rounds and closes it. */
  private Measurement measure(Database database, DatabaseConfig config) throws SQLException {
    try (OpenStorage open = OpenStorage.database(config, clock)) {
      DataSource ds = open.database().dataSource();
      String version = ImportBenchmark.version(ds);
      out.println(database.label + " " + version);
      Jiaolianti app = new Jiaolianti(open.storage(), clock).activate(policy);
      String district = policy.district().value();

      long t0 = System.nanoTime();
      app.importDistrict().importDistrict(CityDataset.generate(policy, CityDataset.Size.DISTRICT, options.seed()));
      District generated = District.generate(district, schoolIds(ds), options.guardians(), options.seed());
      generated.roster().insert(ds, clock.now());
      if (database == Database.POSTGRES) {
        execute(ds, "ANALYZE");
      }
      var user = app.users().register(new RegisterUserCommand(district, ADMIN, "通知基准测试管理员", null));
      app.users().assign(new AssignRoleCommand(district, user.id().value(), Role.DISTRICT_ADMIN, ScopeType.DISTRICT,
          null, LocalDate.of(2025, 9, 1), null));
      Actor actor = app.access().actor(ADMIN);
      out.printf(Locale.ROOT, "district: %s, %s (setup %.1f s, not timed)%n", district, generated.describe(),
          (System.nanoTime() - t0) / 1e9);

      PublishNoticeUseCase publish = app.publishNotices();
      PublishNoticeCommand command = new PublishNoticeCommand(AudienceKind.DISTRICT, null, null, null, null, TITLE, BODY,
          ConfirmationMode.CLICK_TO_CONFIRM, false, false);
      RawRows raw = generated.receipts(actor.userId().value());
      boolean copy = options.copy() && database == Database.POSTGRES;
      String copyText = copy ? generated.copyText(raw) : null;
      int expected = generated.guardians();
      List<Long> publishNanos = new ArrayList<>();
      List<Long> rawNanos = new ArrayList<>();
      List<Long> copyNanos = new ArrayList<>();
      List<Long> expandNanos = new ArrayList<>();
      int total = options.warmup() + options.rounds();
      for (int round = 0; round < total; round++) {
        boolean compare = round == 0;
        // publish, raw (, copy) rotated: each side goes first in turn
        List<String> sides = new ArrayList<>(copy ? List.of("publish", "raw", "copy") : List.of("publish", "raw"));
        java.util.Collections.rotate(sides, -(round % sides.size()));
        long publishTime = 0;
        long rawTime = 0;
        long copyTime = 0;
        long expandTime = 0;
        for (String side : sides) {
          empty(database, ds);
          switch (side) {
            case "publish" -> {
              long start = System.nanoTime();
              Notice notice = publish.publish(actor, command);
              publishTime = System.nanoTime() - start;
              if (notice.recipients() != expected) {
                throw new IllegalStateException("the notice reaches " + notice.recipients() + " guardians, expected "
                    + expected);
              }
              checkCount(ds, "notice_receipt", expected, "publish");
              checkCount(ds, "notice_fanout", 1, "publish");
              checkCount(ds, "notice_outbox", 0, "publish");
              // then (not part of the publish) the dispatcher's expansion into one delivery per guardian, at the
              // notice's release, chunk by chunk, as the district server's dispatcher does it before sending
              var expander = new NoticeDispatcher(open.storage().noticeOutbox(), open.storage().notices(),
                  open.storage().roster(), new InMemoryHomeSchool.RecordingNoticeChannel(),
                  // a second after the release: the database keeps microseconds, so the stored release may round up
                  open.storage().transactions(), Clocks.fixed(notice.releaseAt().plusSeconds(1)));
              long expandStart = System.nanoTime();
              int expanded = expander.expandDue(Integer.MAX_VALUE);
              expandTime = System.nanoTime() - expandStart;
              if (expanded != expected) {
                throw new IllegalStateException("the dispatcher expanded " + expanded + " deliveries, expected "
                    + expected);
              }
              checkCount(ds, "notice_outbox", expected, "expansion");
              checkCount(ds, "notice_fanout", 0, "expansion");
            }
            case "raw" -> {
              long start = System.nanoTime();
              raw.insert(ds, clock.now());
              rawTime = System.nanoTime() - start;
              checkCount(ds, "notice_receipt", expected, "raw insert");
            }
            default -> {
              long start = System.nanoTime();
              copy(ds, raw, copyText);
              copyTime = System.nanoTime() - start;
              checkCount(ds, "notice_receipt", expected, "COPY");
            }
          }
          if (compare && !side.equals("copy")) {
            String difference = generated.difference(receipts(ds));
            if (difference != null) {
              throw new IllegalStateException(database.label + ": the " + side + " wrote other receipts than the"
                  + " roster's: " + difference);
            }
          }
        }
        boolean warmup = round < options.warmup();
        if (!warmup) {
          publishNanos.add(publishTime);
          rawNanos.add(rawTime);
          expandNanos.add(expandTime);
          if (copy) {
            copyNanos.add(copyTime);
          }
        }
        out.printf(Locale.ROOT, "  %-8s %2d/%d  %-7s first  publish %8.1f ms  raw %8.1f ms%s  ratio %5.2f"
                + "  (expansion %8.1f ms)%s%n",
            warmup ? "warm-up" : "round", warmup ? round + 1 : round - options.warmup() + 1,
            warmup ? options.warmup() : options.rounds(), sides.get(0), ImportBenchmark.ms(publishTime),
            ImportBenchmark.ms(rawTime), copy ? String.format(Locale.ROOT, "  COPY %8.1f ms", copyTime / 1e6) : "",
            (double) publishTime / rawTime, ImportBenchmark.ms(expandTime),
            compare ? "  (receipts = roster: checked)" : "");
      }
      empty(database, ds);
      return new Measurement(database, version, expected, publishNanos, rawNanos, copyNanos, expandNanos);
    }
  }

  private void report(Measurement m, String postgresNote) {
    out.println();
    out.println("| database | receipts | publish ms median (min) | publish receipts/s | raw JDBC ms median (min) "
        + "| raw rows/s | publish/raw median (min-max) | COPY ms median | publish/COPY median |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    double publishMedian = ImportBenchmark.medianNanos(m.publishNanos());
    double rawMedian = ImportBenchmark.medianNanos(m.rawNanos());
    List<Double> ratios = m.ratios(m.rawNanos());
    double ratio = ImportBenchmark.median(ratios);
    boolean copied = !m.copyNanos().isEmpty();
    out.printf(Locale.ROOT, "| %s | %,d | %.1f (%.1f) | %,.0f | %.1f (%.1f) | %,.0f | %.2fx (%.2f-%.2f) | %s | %s |%n",
        m.database().label, m.receipts(), publishMedian / 1e6, ImportBenchmark.ms(ImportBenchmark.min(m.publishNanos())),
        m.receipts() / (publishMedian / 1e9), rawMedian / 1e6, ImportBenchmark.ms(ImportBenchmark.min(m.rawNanos())),
        m.receipts() / (rawMedian / 1e9), ratio, ratios.stream().min(Comparator.naturalOrder()).orElse(0d),
        ratios.stream().max(Comparator.naturalOrder()).orElse(0d),
        copied ? String.format(Locale.ROOT, "%.1f", ImportBenchmark.medianNanos(m.copyNanos()) / 1e6) : "-",
        copied ? String.format(Locale.ROOT, "%.2fx", ImportBenchmark.median(m.ratios(m.copyNanos()))) : "-");
    out.println();
    out.printf(Locale.ROOT, "Not in the publish time: the dispatcher's expansion of the publication into %,d outbox"
        + " deliveries (chunks of %,d, one transaction each) took %.1f ms median (%.1f min).%n", m.receipts(),
        NoticeDispatcher.CHUNK, ImportBenchmark.medianNanos(m.expandNanos()) / 1e6,
        ImportBenchmark.ms(ImportBenchmark.min(m.expandNanos())));
    if (m.database() != Database.POSTGRES) {
      out.println("Verdict: no PostgreSQL measurement, so no verdict on the 2x target"
          + (postgresNote == null ? " (H2 selected)." : " (" + postgresNote + ")."));
    } else {
      out.printf(Locale.ROOT, "Verdict: on PostgreSQL publishing the notice takes %.2fx the raw batch insert of its"
          + " receipts (median of %d rounds): %s the <= %.0fx target.%n", ratio, m.publishNanos().size(),
          ratio <= TARGET_RATIO ? "within" : "NOT within", TARGET_RATIO);
    }
    if (options.guardians() != DISTRICT_GUARDIANS) {
      out.printf(Locale.ROOT, "(%,d guardians: the benchmark's figure is a district's, --guardians %,d)%n",
          options.guardians(), DISTRICT_GUARDIANS);
    }
    out.println("load average after the run: " + loadAverage());
  }

  // ---------------------------------------------------------------- database helpers

  private static List<String> schoolIds(DataSource ds) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id FROM school ORDER BY id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(true);
      try {
        st.execute(sql);
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /** Empties the notice tables: TRUNCATE on PostgreSQL (nothing left to vacuum), DELETE on H2. */
  private static void empty(Database database, DataSource ds) throws SQLException {
    if (database == Database.POSTGRES) {
      execute(ds, "TRUNCATE " + String.join(", ", NOTICE_TABLES));
      return;
    }
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(true);
      try {
        for (String table : NOTICE_TABLES) {
          st.executeUpdate("DELETE FROM " + table);
        }
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private static void checkCount(DataSource ds, String table, int expected, String side) throws SQLException {
    int n = OrganizationTables.counts(ds, List.of(table)).get(table);
    if (n != expected) {
      throw new IllegalStateException("after the " + side + " " + table + " holds " + n + " rows, expected "
          + expected);
    }
  }

  /** Per guardian id, the receipt's student ids, sorted. */
  private static Map<String, List<String>> receipts(DataSource ds) throws SQLException {
    Map<String, List<String>> receipts = new HashMap<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT guardian_id, student_ids FROM notice_receipt")) {
      while (rs.next()) {
        List<String> students = Arrays.asList(rs.getString(2).split(","));
        students.sort(null);
        if (receipts.put(rs.getString(1), students) != null) {
          throw new IllegalStateException("two receipts for guardian " + rs.getString(1));
        }
      }
    }
    return receipts;
  }

  /** The notice row with an insert, then the receipts with {@code COPY … FROM STDIN}, in one transaction. */
  private static void copy(DataSource ds, RawRows raw, String text) throws SQLException {
    Table notice = raw.tables().get(0);
    Table receipts = raw.tables().get(1);
    try (Connection c = ds.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (PreparedStatement st = c.prepareStatement(notice.insertSql())) {
          Object[] row = notice.rows().get(0);
          for (int i = 0; i < row.length; i++) {
            int type = notice.columns().get(i).sqlType();
            Object v = row[i] == NOW ? Instant.now().atOffset(ZoneOffset.UTC) : row[i];
            if (v == null) {
              st.setNull(i + 1, type);
            } else {
              st.setObject(i + 1, v, type);
            }
          }
          st.executeUpdate();
        }
        String columns = String.join(", ", receipts.columns().stream().map(RawRows.Column::name).toList());
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY notice_receipt (" + columns + ") FROM STDIN",
            new StringReader(text));
        c.commit();
      } catch (SQLException | java.io.IOException | RuntimeException e) {
        c.rollback();
        throw e instanceof SQLException s ? s : new SQLException("COPY failed", e);
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  // ---------------------------------------------------------------- the generated district

  /**
   * A generated roster: guardians, students (80 % as many, in classes of {@value #CLASS_SIZE}, spread over the
   * schools) and links, as raw rows; and per guardian the children a district-wide notice concerns.
   */
  record District(String district, RawRows roster, String[] guardianIds, List<List<String>> childrenOf, int students,
      int classes, int links) {

    static District generate(String district, List<String> schools, int guardians, long seed) {
      if (schools.isEmpty()) {
        throw new IllegalStateException("no school to enrol students in");
      }
      Random random = new Random(seed);
      int students = Math.max(1, (int) Math.round(guardians * 0.8));
      String[] guardianIds = new String[guardians];
      List<List<String>> childrenOf = new ArrayList<>(guardians);
      List<Object[]> guardianRows = new ArrayList<>(guardians);
      for (int g = 0; g < guardians; g++) {
        guardianIds[g] = newId();
        childrenOf.add(new ArrayList<>(2));
        guardianRows.add(new Object[] {district, guardianIds[g], name(random) + (g % 2 == 0 ? "母" : "父"),
            String.format("13%09d", g), 0L, NOW, RawRows.ACTOR, NOW, RawRows.ACTOR});
      }
      String[] studentIds = new String[students];
      List<Object[]> classRows = new ArrayList<>();
      List<Object[]> studentRows = new ArrayList<>(students);
      for (int k = 0; k < schools.size(); k++) {
        int from = (int) ((long) k * students / schools.size());
        int to = (int) ((long) (k + 1) * students / schools.size());
        String classId = null;
        for (int s = from; s < to; s++) {
          int inSchool = s - from;
          if (inSchool % CLASS_SIZE == 0) {
            int c = inSchool / CLASS_SIZE;
            classId = newId();
            classRows.add(new Object[] {district, classId, schools.get(k), 2025, 1 + c % 6, 1 + c / 6, 0L, NOW,
                RawRows.ACTOR});
          }
          studentIds[s] = newId();
          LocalDate born = LocalDate.of(2013, 1, 1).plusDays(random.nextInt(365 * 6));
          studentRows.add(new Object[] {district, studentIds[s], schools.get(k), classId, name(random),
              random.nextBoolean() ? "MALE" : "FEMALE", born, null, 0L, NOW, RawRows.ACTOR});
        }
      }
      List<Object[]> linkRows = new ArrayList<>();
      // every student: one guardian (guardian s)
      for (int s = 0; s < students && s < guardians; s++) {
        link(linkRows, childrenOf, district, guardianIds, studentIds, s, s, "MOTHER");
      }
      // the other guardians: a second guardian of students spread over the district
      int others = guardians - students;
      for (int j = 0; j < others; j++) {
        link(linkRows, childrenOf, district, guardianIds, studentIds, students + j,
            (int) ((long) j * students / others), "FATHER");
      }
      // one guardian in twenty also has a second child
      for (int g = 0; g < students / 20; g++) {
        int child = students - 1 - g;
        if (child > g) {
          link(linkRows, childrenOf, district, guardianIds, studentIds, g, child, "GRANDPARENT");
        }
      }
      for (List<String> children : childrenOf) {
        children.sort(null);
      }
      int linkCount = linkRows.size();
      RawRows roster = RawRows.of(List.of(
          new Table("school_class", columns("district_code", V, "id", V, "school_id", V, "school_year", Types.INTEGER,
              "grade", Types.INTEGER, "class_number", Types.INTEGER, "version", Types.BIGINT, "created_at", TS,
              "created_by", V), classRows),
          new Table("student", columns("district_code", V, "id", V, "school_id", V, "class_id", V, "name", V,
              "gender", V, "birth_date", RawRows.D, "national_number", V, "version", Types.BIGINT, "created_at", TS,
              "created_by", V), studentRows),
          new Table("guardian", columns("district_code", V, "id", V, "name", V, "mobile", V, "version", Types.BIGINT,
              "created_at", TS, "created_by", V, "changed_at", TS, "changed_by", V), guardianRows),
          new Table("guardian_link", columns("district_code", V, "guardian_id", V, "student_id", V, "relation", V,
              "created_at", TS, "created_by", V), linkRows)), JdbcStorage.BATCH_SIZE);
      return new District(district, roster, guardianIds, childrenOf, students, classRows.size(), linkCount);
    }

    private static void link(List<Object[]> rows, List<List<String>> childrenOf, String district, String[] guardianIds,
        String[] studentIds, int guardian, int student, String relation) {
      rows.add(new Object[] {district, guardianIds[guardian], studentIds[student], relation, NOW, RawRows.ACTOR});
      childrenOf.get(guardian).add(studentIds[student]);
    }

    int guardians() {
      return guardianIds.length;
    }

    String describe() {
      return String.format(Locale.ROOT, "%,d guardians, %,d students in %,d classes, %,d guardian links",
          guardians(), students, classes, links);
    }

    /**
     * The baseline's rows: the notice (district-wide, as the use case writes it) and one receipt per guardian
     * with the children it concerns, as {@code JdbcNotices} writes them.
     */
    RawRows receipts(String sentBy) {
      String noticeId = newId();
      List<Object[]> notice = new ArrayList<>();
      notice.add(new Object[] {district, noticeId, AudienceKind.DISTRICT.name(), null, null, null, null, TITLE, BODY,
          ConfirmationMode.CLICK_TO_CONFIRM.name(), false, false, sentBy, NOW, NOW, guardians(), 0L, NOW, RawRows.ACTOR,
          NOW, RawRows.ACTOR});
      List<Object[]> receipts = new ArrayList<>(guardians());
      for (int g = 0; g < guardians(); g++) {
        receipts.add(new Object[] {district, newId(), noticeId, guardianIds[g], String.join(",", childrenOf.get(g)),
            null, null, null, 0, 0L, NOW, RawRows.ACTOR, NOW, RawRows.ACTOR});
      }
      return RawRows.of(List.of(
          new Table("notice", columns("district_code", V, "id", V, "audience_kind", V, "school_id", V, "grade",
              Types.INTEGER, "class_id", V, "audience_guardians", V, "title", V, "body", V, "confirmation_mode", V,
              "urgent", Types.BOOLEAN, "names_student_confirmed", Types.BOOLEAN, "sent_by", V, "published_at", TS,
              "release_at", TS, "recipients", Types.INTEGER, "version", Types.BIGINT, "created_at", TS, "created_by", V,
              "changed_at", TS, "changed_by", V), notice),
          new Table("notice_receipt", columns("district_code", V, "id", V, "notice_id", V, "guardian_id", V,
              "student_ids", V, "read_at", TS, "confirmed_at", TS, "signature", V, "reminders", Types.INTEGER,
              "version", Types.BIGINT, "created_at", TS, "created_by", V, "changed_at", TS, "changed_by", V), receipts)),
          JdbcStorage.BATCH_SIZE);
    }

    /** The receipt rows of {@code raw} in COPY's text format (tab-separated, {@code \N} for NULL). */
    String copyText(RawRows raw) {
      String now = Instant.now().atOffset(ZoneOffset.UTC).toString();
      StringBuilder text = new StringBuilder(guardians() * 260);
      for (Object[] row : raw.tables().get(1).rows()) {
        for (int i = 0; i < row.length; i++) {
          Object v = row[i];
          text.append(i == 0 ? "" : "\t").append(v == null ? "\\N" : v == NOW ? now : v.toString());
        }
        text.append('\n');
      }
      return text.toString();
    }

    /** Null if {@code stored} (guardian id → sorted children) is exactly the roster's, else the first difference. */
    String difference(Map<String, List<String>> stored) {
      if (stored.size() != guardians()) {
        return stored.size() + " receipts for " + guardians() + " guardians";
      }
      for (int g = 0; g < guardians(); g++) {
        List<String> children = stored.get(guardianIds[g]);
        if (!childrenOf.get(g).equals(children)) {
          return "guardian " + guardianIds[g] + ": " + children + ", expected " + childrenOf.get(g);
        }
      }
      return null;
    }
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  /** For tests: the arguments {@link #run} would parse, as options. */
  static Options options(String... args) {
    return Options.parse(args, System.err);
  }
}
