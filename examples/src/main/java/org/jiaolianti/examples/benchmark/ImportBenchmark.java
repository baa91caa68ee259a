package org.jiaolianti.examples.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportDistrictCommand;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportResult;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.examples.storage.OpenStorage;
import org.jiaolianti.seeds.PolicySeedLoader;

/**
 * Benchmark: a city-sized district ({@link CityDataset}, 18,350 rows) imported through
 * {@link ImportDistrictUseCase} next to a raw JDBC batch insert of the same rows ({@link RawRows}), on
 * PostgreSQL and on H2, in the same run, on the same connection pool, with the same batch size
 * ({@link JdbcStorage#BATCH_SIZE}) and one transaction per run on both sides.
 *
 * <p>Per database: the policy is activated once; every round empties the seven tables (outside the
 * timing), times the import (the use case call only, the command built beforehand), empties them
 * again, times the raw insert, and alternates which side goes first. After every timed run the row
 * counts are checked; in the first round both sides' rows are also compared by content (ids resolved
 * to natural keys). Warm-up rounds are discarded. The report gives the median and minimum time of each
 * side, rows per second at the median, and the ratio import/raw (the median of the per-round ratios).
 * The target (QUALITY.md) is an import within 3× of the raw insert on PostgreSQL.
 *
 * <pre>
 * mvn -q -DskipTests package exec:java -pl examples -am \
 *   -Dexec.mainClass=org.jiaolianti.examples.benchmark.ImportBenchmark -Dexec.args="--rounds 7"
 * </pre>
 *
 * Options: {@code --rounds N} (7), {@code --warmup N} (3), {@code --databases postgres,h2} (both),
 * {@code --pg-url URL} (an admin URL; a database {@code jiaolianti_bench_<epoch seconds>} is created
 * on its server and dropped at the end), {@code --pg-user} (postgres), {@code --pg-password} (the
 * environment's PGPASSWORD, else none), {@code --require-postgres} (fail when PostgreSQL cannot be
 * reached instead of running H2 only), {@code --seed N}, {@code --size city|district} (city; a district is a
 * tenth of it, for a quick run).
 */
public final class ImportBenchmark {

  /** The import's target on PostgreSQL: at most this many times the raw insert's time. */
  static final double TARGET_RATIO = 3.0;

  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** Exit codes: success, a check failed, bad arguments, PostgreSQL required but unreachable. */
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 64;
  static final int NO_POSTGRES = 69;

  enum Database {
    POSTGRES("PostgreSQL"), H2("H2");

    final String label;

    Database(String label) {
      this.label = label;
    }
  }

  /** The command line. */
  record Options(int rounds, int warmup, Set<Database> databases, String pgUrl, String pgUser, String pgPassword,
      boolean requirePostgres, long seed, String size) {

    static Options parse(String[] args, PrintStream err) {
      int rounds = 7;
      int warmup = 3;
      Set<Database> databases = EnumSet.allOf(Database.class);
      String pgUrl = DEFAULT_PG_URL;
      String pgUser = "postgres";
      String pgPassword = System.getenv("PGPASSWORD");
      boolean requirePostgres = false;
      long seed = CityDataset.DEFAULT_SEED;
      String size = "city";
      List<String> list = new ArrayList<>();
      for (String arg : args) {
        // --name=value as well as --name value
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
          case "--rounds" -> rounds = positive(arg, value(list, ++i, arg), 1);
          case "--warmup" -> warmup = positive(arg, value(list, ++i, arg), 0);
          case "--databases", "--database" -> databases = databases(value(list, ++i, arg));
          case "--pg-url" -> pgUrl = value(list, ++i, arg);
          case "--pg-user" -> pgUser = value(list, ++i, arg);
          case "--pg-password" -> pgPassword = value(list, ++i, arg);
          case "--require-postgres" -> requirePostgres = true;
          case "--seed" -> seed = parseLong(arg, value(list, ++i, arg));
          case "--size" -> size = size(value(list, ++i, arg));
          case "--help", "-h" -> throw new UsageException(null);
          // the examples module's exec configuration passes "demo" (for the CLI) when -Dexec.args is not given
          case "demo" -> err.println("(ignoring the argument 'demo', the examples module's default for the CLI)");
          default -> throw new UsageException("unknown argument: " + arg);
        }
      }
      if (!pgUrl.startsWith("jdbc:postgresql:")) {
        throw new UsageException("--pg-url must start with jdbc:postgresql:, was " + pgUrl);
      }
      return new Options(rounds, warmup, databases, pgUrl, pgUser, pgPassword == null ? "" : pgPassword,
          requirePostgres, seed, size);
    }

    CityDataset.Size datasetSize() {
      return size.equals("district") ? CityDataset.Size.DISTRICT : CityDataset.Size.CITY;
    }

    private static String size(String value) {
      String size = value.trim().toLowerCase(Locale.ROOT);
      if (!size.equals("city") && !size.equals("district")) {
        throw new UsageException("--size takes city or district, was " + value);
      }
      return size;
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new UsageException(option + " needs a value");
      }
      return args.get(i);
    }

    private static int positive(String option, String value, int min) {
      long n = parseLong(option, value);
      if (n < min || n > 1000) {
        throw new UsageException(option + " must be " + min + "-1000, was " + value);
      }
      return (int) n;
    }

    private static long parseLong(String option, String value) {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new UsageException(option + " needs a number, was " + value);
      }
    }

    private static Set<Database> databases(String value) {
      Set<Database> set = EnumSet.noneOf(Database.class);
      for (String name : value.split(",")) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
          case "postgres", "postgresql", "pg" -> set.add(Database.POSTGRES);
          case "h2" -> set.add(Database.H2);
          default -> throw new UsageException("--databases takes postgres and/or h2, was " + value);
        }
      }
      return set;
    }
  }

  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static final String USAGE_TEXT = """
      usage: ImportBenchmark [--rounds N] [--warmup N] [--databases postgres,h2] [--pg-url URL]
                             [--pg-user USER] [--pg-password PW] [--require-postgres] [--seed N]
                             [--size city|district]
        --rounds N          measured rounds per database (default 7)
        --warmup N          discarded warm-up rounds per database (default 3)
        --databases LIST    postgres, h2 or both (default both)
        --pg-url URL        admin URL of the PostgreSQL server (default %s);
                            a database jiaolianti_bench_<epoch seconds> is created there and dropped after
        --pg-user USER      (default postgres); --pg-password PW (default $PGPASSWORD)
        --require-postgres  exit with %d instead of running H2 only when PostgreSQL is unreachable
        --seed N            the dataset's random seed (default %d)
        --size SIZE         city (2,000 schools, the default and the benchmark) or district (200, a quick run)
      """.formatted(DEFAULT_PG_URL, NO_POSTGRES, CityDataset.DEFAULT_SEED);

  /** One database's timings, in nanoseconds per measured round. */
  record Measurement(Database database, String version, int rowsPerRun, List<Long> importNanos,
      List<Long> rawNanos) {

    List<Double> ratios() {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < importNanos.size(); i++) {
        ratios.add((double) importNanos.get(i) / rawNanos.get(i));
      }
      return ratios;
    }

    double medianRatio() {
      return median(ratios());
    }
  }

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;
  private final Policy policy;
  private final ImportDistrictCommand command;
  private final RawRows raw;
  private final Clock clock = Clocks.system();

  private ImportBenchmark(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();
    this.command = CityDataset.generate(policy, options.datasetSize(), options.seed());
    this.raw = RawRows.derive(command, JdbcStorage.BATCH_SIZE);
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != OK) {
      System.exit(code);
    }
  }

  /** Runs the benchmark as {@link #main} does and returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return launch(args, out, err, USAGE_TEXT, Options::parse, o -> new ImportBenchmark(o, out, err).run());
  }

  /** How a benchmark reads its options (a {@link UsageException} for bad ones, one without message for --help). */
  interface OptionParser<O> {
    O parse(String[] args, PrintStream err);
  }

  /** A benchmark's run on its options; returns the exit code. */
  interface Body<O> {
    int run(O options) throws SQLException;
  }

  /**
   * The benchmarks' shared entry: options parsed (usage printed for --help, usage and the problem for bad ones,
   * exit code {@link #USAGE}), then the run; a failure prints its trace and exits {@link #FAILED}.
   */
  static <O> int launch(String[] args, PrintStream out, PrintStream err, String usage, OptionParser<O> parser,
      Body<O> body) {
    O options;
    try {
      options = parser.parse(args, err);
    } catch (UsageException e) {
      if (e.getMessage() == null) {
        out.print(usage);
        return OK;
      }
      err.println(e.getMessage());
      err.print(usage);
      return USAGE;
    }
    try {
      return body.run(options);
    } catch (SQLException | RuntimeException e) {
      err.println("FAILED: " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }


  private int run() throws SQLException {
    header();
    List<Measurement> results = new ArrayList<>();
    String postgresNote = null;
    if (options.databases().contains(Database.POSTGRES)) {
      String name = "jiaolianti_bench_" + Instant.now().getEpochSecond();
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
          return NO_POSTGRES;
        }
        out.println("!! Running H2 only: no figure for the PostgreSQL target.");
      }
      if (scratch != null) {
        try (ScratchPostgres db = scratch) {
          out.println();
          out.println("PostgreSQL: scratch database " + db.name() + " (dropped at the end)");
          results.add(measure(Database.POSTGRES, DatabaseConfig.postgres(db.url(), options.pgUser(),
              options.pgPassword())));
        }
      }
    }
    if (options.databases().contains(Database.H2)) {
      Path dir = temporaryDirectory();
      try {
        out.println();
        out.println("H2: file database in " + dir + " (deleted at the end)");
        results.add(measure(Database.H2, DatabaseConfig.h2File(dir)));
      } finally {
        deleteRecursively(dir, err);
      }
    }
    report(results, postgresNote);
    return OK;
  }

  private void header() {
    Runtime rt = Runtime.getRuntime();
    out.println("jiaolianti import benchmark: ImportDistrictUseCase vs raw JDBC batch insert of the same rows");
    out.println("date:    " + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    out.println("JVM:     " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + "), max heap " + rt.maxMemory() / (1024 * 1024) + " MiB");
    out.println("machine: " + rt.availableProcessors() + " cores" + cpuModel().map(m -> ", " + m).orElse("") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    out.println("dataset: " + options.size() + ", seed " + options.seed() + ", district " + command.district() + ": " + describe(raw.counts())
        + " = " + raw.totalRows() + " rows per run");
    out.println("method:  one transaction per run on both sides, " + JdbcStorage.BATCH_SIZE
        + " rows per executeBatch, same connection pool; " + options.warmup() + " warm-up + " + options.rounds()
        + " measured rounds per database, order alternating; tables emptied outside the timing");
  }

  static java.util.Optional<String> cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim().replaceAll("\\s+", " "));
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return java.util.Optional.empty();
    }
  }

  private static String describe(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((table, n) -> parts.add(n + " " + table));
    return String.join(", ", parts);
  }

  /** Opens {@code config}'s database, runs the rounds on it and closes it. */
  private Measurement measure(Database database, DatabaseConfig config) throws SQLException {
    try (OpenStorage open = OpenStorage.database(config, clock)) {
      DataSource ds = open.database().dataSource();
      String version = version(ds);
      out.println(database.label + " " + version);
      ImportDistrictUseCase useCase = new Jiaolianti(open.storage(), clock).activate(policy).importDistrict();
      Map<String, Integer> expected = raw.counts();
      List<Long> importNanos = new ArrayList<>();
      List<Long> rawNanos = new ArrayList<>();
      int total = options.warmup() + options.rounds();
      for (int round = 0; round < total; round++) {
        boolean importFirst = round % 2 == 0;
        boolean compare = round == 0;
        long importTime = 0;
        long rawTime = 0;
        Map<String, List<String>> importContent = null;
        Map<String, List<String>> rawContent = null;
        for (int side = 0; side < 2; side++) {
          prepare(database, ds);
          if ((side == 0) == importFirst) {
            long start = System.nanoTime();
            ImportResult result = useCase.importDistrict(command);
            importTime = System.nanoTime() - start;
            checkResult(result, expected);
            checkCounts(database, "import", ds, expected);
            importContent = compare ? OrganizationTables.content(ds) : null;
          } else {
            long start = System.nanoTime();
            raw.insert(ds, clock.now());
            rawTime = System.nanoTime() - start;
            checkCounts(database, "raw insert", ds, expected);
            rawContent = compare ? OrganizationTables.content(ds) : null;
          }
        }
        if (compare) {
          String difference = OrganizationTables.difference(importContent, rawContent, "import", "raw");
          if (difference != null) {
            throw new IllegalStateException(database.label + ": the import and the raw insert wrote different rows: "
                + difference);
          }
        }
        boolean warmup = round < options.warmup();
        if (!warmup) {
          importNanos.add(importTime);
          rawNanos.add(rawTime);
        }
        out.printf(Locale.ROOT, "  %-8s %2d/%d  %s first  import %8.1f ms  raw %8.1f ms  ratio %5.2f%s%n",
            warmup ? "warm-up" : "round", warmup ? round + 1 : round - options.warmup() + 1,
            warmup ? options.warmup() : options.rounds(), importFirst ? "import" : "raw   ", ms(importTime),
            ms(rawTime), (double) importTime / rawTime, compare ? "  (same rows: checked)" : "");
      }
      OrganizationTables.empty(ds);
      return new Measurement(database, version, raw.totalRows(), importNanos, rawNanos);
    }
  }

  /** Empties the tables before a timed run (and, on PostgreSQL, vacuums them). */
  private static void prepare(Database database, DataSource ds) throws SQLException {
    OrganizationTables.empty(ds);
    if (database == Database.POSTGRES) {
      OrganizationTables.vacuum(ds);
    }
  }

  private static void checkResult(ImportResult result, Map<String, Integer> expected) {
    Map<String, Integer> got = new LinkedHashMap<>();
    got.put("town", result.towns());
    got.put("school", result.schools());
    got.put("partner", result.partners());
    got.put("experimental_zone", result.zones());
    got.put("zone_membership", result.zoneMemberships());
    got.put("committee_member", result.committeeMembers());
    got.put("docking_agreement", result.agreements());
    if (!got.equals(expected)) {
      throw new IllegalStateException("the import reports " + got + ", expected " + expected);
    }
  }

  private static void checkCounts(Database database, String side, DataSource ds, Map<String, Integer> expected)
      throws SQLException {
    Map<String, Integer> counts = OrganizationTables.counts(ds, expected.keySet());
    if (!counts.equals(expected)) {
      throw new IllegalStateException(database.label + ": after the " + side + " the tables hold " + counts
          + ", expected " + expected);
    }
  }

  static String version(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductVersion() + ", driver " + meta.getDriverName() + " " + meta.getDriverVersion();
    }
  }

  private void report(List<Measurement> results, String postgresNote) {
    out.println();
    out.println("| database | rows/run | import ms median (min) | import rows/s | raw JDBC ms median (min) "
        + "| raw rows/s | import/raw median (min-max) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Measurement m : results) {
      double importMedian = medianNanos(m.importNanos());
      double rawMedian = medianNanos(m.rawNanos());
      List<Double> ratios = m.ratios();
      out.printf(Locale.ROOT, "| %s | %,d | %.1f (%.1f) | %,.0f | %.1f (%.1f) | %,.0f | %.2fx (%.2f-%.2f) |%n",
          m.database().label, m.rowsPerRun(), importMedian / 1e6, ms(min(m.importNanos())),
          m.rowsPerRun() / (importMedian / 1e9), rawMedian / 1e6, ms(min(m.rawNanos())),
          m.rowsPerRun() / (rawMedian / 1e9), m.medianRatio(), ratios.stream().min(Comparator.naturalOrder()).orElse(0d),
          ratios.stream().max(Comparator.naturalOrder()).orElse(0d));
    }
    out.println();
    Measurement postgres = results.stream().filter(m -> m.database() == Database.POSTGRES).findFirst().orElse(null);
    if (postgres == null) {
      out.println("Verdict: no PostgreSQL measurement, so no verdict on the 3x target"
          + (postgresNote == null ? " (PostgreSQL not selected)." : " (" + postgresNote + ")."));
    } else {
      double ratio = postgres.medianRatio();
      out.printf(Locale.ROOT, "Verdict: on PostgreSQL the import takes %.2fx the raw batch insert's time (median of %d"
          + " rounds): %s the <= %.0fx target.%n", ratio, postgres.importNanos().size(),
          ratio <= TARGET_RATIO ? "within" : "NOT within", TARGET_RATIO);
      if (!options.size().equals("city")) {
        out.println("(a " + options.size() + "-sized run: the benchmark's figure is the city's, --size city)");
      }
    }
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static double medianNanos(List<Long> nanos) {
    return median(nanos.stream().map(Long::doubleValue).toList());
  }

  static long min(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).min().orElse(0);
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("jiaolianti-bench-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path dir, PrintStream err) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }

  /** For tests: the arguments {@link #run} would parse, as options. */
  static Options options(String... args) {
    return Options.parse(args, System.err);
  }
}
