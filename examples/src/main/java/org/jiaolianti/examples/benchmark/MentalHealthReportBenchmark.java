package org.jiaolianti.examples.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.MentalHealthReport;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings.ScoreBand;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings.ScreeningScale;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.report.SuppressedCounts;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.examples.benchmark.ImportBenchmark.Database;
import org.jiaolianti.examples.storage.OpenStorage;
import org.jiaolianti.seeds.PolicySeedLoader;

/**
 * Benchmark: the mental-health report (心理健康统计报表, 五(二)1–2) of a Xiang'an-sized district read through
 * {@link MentalHealthReportUseCase#report} (access check, one district-wide query per port, counting and small-count
 * suppression in memory, one audit event), next to the baseline measured in the same run on the same pool: the single
 * raw SQL aggregate of the headline figures — files per school per level as of {@code on} (level history), referrals
 * opened in the range per school per status as of {@code on} (step history), students screened in the range per
 * school per suggested level (latest result, the seed's bands as a CASE). The report computes more than that (care
 * marks, overdue follow-ups, urgency, breaches, zones, enrolment): the ratio is the price of all of it.
 *
 * <p>Setup (not timed): the district's organisation imported through the use case ({@link CityDataset}, {@code
 * --schools}), the roster's classes and students with raw batches ({@link NoticeBenchmark.District}, {@code
 * --students}), then the mental-health rows with raw batches ({@link MentalHealthRows}: texts sealed by the app's
 * FieldCipher). Every round times both sides, alternating which goes first; warm-up rounds are discarded. The first
 * round compares the report's district figures with the aggregate's (cells the report withholds are skipped). After
 * the rounds each port call of the report is timed on its own (the profile).
 *
 * <pre>
 * mvn -B -o -q -DskipTests package exec:java -pl examples -am \
 *   -Dexec.mainClass=org.jiaolianti.examples.benchmark.MentalHealthReportBenchmark -Dexec.args="--rounds 7"
 * </pre>
 *
 * Options: {@code --students N} (130,000), {@code --schools N} (200), {@code --rounds N} (7), {@code --warmup N} (3),
 * {@code --database postgres|h2}, {@code --pg-url}, {@code --pg-user}, {@code --pg-password},
 * {@code --require-postgres}, {@code --seed N}; a scratch database {@code jiaolianti_bench_mh_<epoch>} is created
 * and dropped at the end.
 */
public final class MentalHealthReportBenchmark {

  /** The brief's bar: the report within about this many times the raw aggregate. */
  static final double TARGET_RATIO = 3.0;
  static final int DISTRICT_STUDENTS = 130_000;
  static final int DISTRICT_SCHOOLS = 200;
  static final String OFFICER = "mh.bench.officer";

  /** The command line. */
  record Options(int students, int schools, int rounds, int warmup, Database database, String pgUrl, String pgUser,
      String pgPassword, boolean requirePostgres, long seed) {

    static Options parse(String[] args, PrintStream err) {
      int students = DISTRICT_STUDENTS;
      int schools = DISTRICT_SCHOOLS;
      int rounds = 7;
      int warmup = 3;
      Database database = Database.POSTGRES;
      String pgUrl = ImportBenchmark.DEFAULT_PG_URL;
      String pgUser = "postgres";
      String pgPassword = System.getenv("PGPASSWORD");
      boolean requirePostgres = false;
      long seed = CityDataset.DEFAULT_SEED;
      List<String> list = new ArrayList<>();
      for (String arg : args) {
        int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
        list.add(eq > 0 ? arg.substring(0, eq) : arg);
        if (eq > 0) {
          list.add(arg.substring(eq + 1));
        }
      }
      for (int i = 0; i < list.size(); i++) {
        String arg = list.get(i);
        switch (arg) {
          case "--students" -> students = (int) number(arg, value(list, ++i, arg), 10, 2_000_000);
          case "--schools" -> schools = (int) number(arg, value(list, ++i, arg), 1, 20_000);
          case "--rounds" -> rounds = (int) number(arg, value(list, ++i, arg), 1, 1000);
          case "--warmup" -> warmup = (int) number(arg, value(list, ++i, arg), 0, 1000);
          case "--database" -> database = switch (value(list, ++i, arg).trim().toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql", "pg" -> Database.POSTGRES;
            case "h2" -> Database.H2;
            default -> throw new ImportBenchmark.UsageException("--database takes postgres or h2, was " + list.get(i));
          };
          case "--pg-url" -> pgUrl = value(list, ++i, arg);
          case "--pg-user" -> pgUser = value(list, ++i, arg);
          case "--pg-password" -> pgPassword = value(list, ++i, arg);
          case "--require-postgres" -> requirePostgres = true;
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
      return new Options(students, schools, rounds, warmup, database, pgUrl, pgUser,
          pgPassword == null ? "" : pgPassword, requirePostgres, seed);
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
      usage: MentalHealthReportBenchmark [--students N] [--schools N] [--rounds N] [--warmup N]
                                         [--database postgres|h2] [--pg-url URL] [--pg-user USER]
                                         [--pg-password PW] [--require-postgres] [--seed N]
        --students N        students of the generated district (default %,d); --schools N (default %d)
        --rounds N          measured rounds (default 7); --warmup N discarded warm-up rounds (default 3)
        --database DB       postgres (default) or h2 (a file database in a temporary directory)
        --pg-url URL        admin URL of the PostgreSQL server (default %s);
                            a database jiaolianti_bench_mh_<epoch seconds> is created there and dropped after
        --require-postgres  exit with %d instead of running on H2 when PostgreSQL is unreachable
      """.formatted(DISTRICT_STUDENTS, DISTRICT_SCHOOLS, ImportBenchmark.DEFAULT_PG_URL, ImportBenchmark.NO_POSTGRES);

  /** Timings in nanoseconds per measured round; {@code profile} one warm run of each port call, in call order. */
  record Measurement(Database database, String version, String load, List<Long> reportNanos, List<Long> sqlNanos,
      Map<String, Long> profile) {

    List<Double> ratios() {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < reportNanos.size(); i++) {
        ratios.add((double) reportNanos.get(i) / sqlNanos.get(i));
      }
      return ratios;
    }
  }

  private final Options options;
  private final PrintStream out;
  private final Policy policy;
  private final Clock clock = Clocks.system();

  private MentalHealthReportBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
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
    return ImportBenchmark.launch(args, out, err, USAGE_TEXT, Options::parse, o -> new MentalHealthReportBenchmark(o, out).run());
  }


  private int run() throws SQLException {
    Runtime rt = Runtime.getRuntime();
    out.println("jiaolianti mental-health report benchmark: MentalHealthReportUseCase.report vs one raw SQL aggregate");
    out.printf(Locale.ROOT, "machine: %d cores, %s, max heap %d MB, Java %s; load average at start: %s%n",
        rt.availableProcessors(), ImportBenchmark.cpuModel().orElse("cpu unknown"), rt.maxMemory() >> 20,
        System.getProperty("java.version"), loadAverage());
    out.printf(Locale.ROOT, "method: %d warm-up + %d measured rounds, order alternating, same connection pool%n",
        options.warmup(), options.rounds());
    Measurement result = null;
    String postgresNote = null;
    if (options.database() == Database.POSTGRES) {
      ScratchPostgres scratch = null;
      try {
        scratch = ScratchPostgres.create(options.pgUrl(), options.pgUser(), options.pgPassword(),
            "jiaolianti_bench_mh_" + Instant.now().getEpochSecond());
      } catch (SQLException e) {
        postgresNote = "PostgreSQL unreachable at " + options.pgUrl() + ": " + e.getMessage();
        out.println("!! " + postgresNote);
        if (options.requirePostgres()) {
          return ImportBenchmark.NO_POSTGRES;
        }
        out.println("!! Running on H2 instead: no PostgreSQL figure.");
      }
      if (scratch != null) {
        try (ScratchPostgres db = scratch) {
          out.println("PostgreSQL: scratch database " + db.name() + " (dropped at the end)");
          result = measure(Database.POSTGRES, DatabaseConfig.postgres(db.url(), options.pgUser(),
              options.pgPassword()));
        }
      }
    }
    if (result == null) {
      Path dir = ImportBenchmark.temporaryDirectory();
      try {
        out.println("H2: file database in " + dir + " (deleted at the end)");
        result = measure(Database.H2, DatabaseConfig.h2File(dir));
      } finally {
        ImportBenchmark.deleteRecursively(dir, System.err);
      }
    }
    report(result, postgresNote);
    return ImportBenchmark.OK;
  }

  private Measurement measure(Database database, DatabaseConfig config) throws SQLException {
    try (OpenStorage open = OpenStorage.database(config, clock)) {
      DataSource ds = open.database().dataSource();
      String version = ImportBenchmark.version(ds);
      out.println(database.label + " " + version);
      Jiaolianti app = new Jiaolianti(open.storage(), clock).activate(policy);
      String district = policy.district().value();
      MentalHealthSettings settings = policy.localSettings().mentalHealth();
      ZoneId zone = policy.document().timeZone();

      long t0 = System.nanoTime();
      int schools = options.schools();
      app.importDistrict().importDistrict(CityDataset.generate(policy,
          new CityDataset.Size(9, schools, 60, schools / 20, 20), options.seed()));
      List<String> schoolIds = column(ds, "SELECT id FROM school ORDER BY id");
      // the notice benchmark's roster generator: its classes and students only (students = 80 % of guardians)
      NoticeBenchmark.District roster = NoticeBenchmark.District.generate(district, schoolIds,
          (int) Math.round(options.students() / 0.8), options.seed());
      RawRows.of(roster.roster().tables().subList(0, 2), JdbcStorage.BATCH_SIZE).insert(ds, clock.now());
      var user = app.users().register(new RegisterUserCommand(district, OFFICER, "心理基准测试负责人", null));
      app.users().assign(new AssignRoleCommand(district, user.id().value(), Role.DISTRICT_MH_OFFICER,
          ScopeType.DISTRICT, null, LocalDate.of(2025, 9, 1), null));
      Actor actor = app.access().actor(OFFICER);
      List<String> institutions = column(ds, "SELECT id FROM partner WHERE resource_kind = 'MEDICAL_INSTITUTION'");
      if (institutions.isEmpty()) {
        institutions = column(ds, "SELECT id FROM partner");
      }
      LocalDate on = actor.today();
      LocalDate from = on.minusDays(MentalHealthReportUseCase.MAX_DAYS - 1);
      MentalHealthRows rows = MentalHealthRows.generate(district, roster.roster().tables().get(1).rows(),
          institutions, user.id().value(), settings, clock.now(), on, zone, options.seed());
      rows.rows().insert(ds, clock.now());
      if (database == Database.POSTGRES) {
        execute(ds, "ANALYZE");
      }
      out.printf(Locale.ROOT, "district: %s, %,d schools, %,d students; %s (setup %.1f s, not timed)%n", district,
          schoolIds.size(), roster.students(), rows.describe(), (System.nanoTime() - t0) / 1e9);
      out.printf(Locale.ROOT, "report: on %s, from %s to %s (%d days)%n", on, from, on,
          MentalHealthReportUseCase.MAX_DAYS);

      HeadlineSql sql = new HeadlineSql(settings, zone);
      List<Long> reportNanos = new ArrayList<>();
      List<Long> sqlNanos = new ArrayList<>();
      int total = options.warmup() + options.rounds();
      for (int round = 0; round < total; round++) {
        long reportTime = 0;
        long sqlTime = 0;
        MentalHealthReport report = null;
        Map<String, Map<String, Long>> aggregate = null;
        for (int side = 0; side < 2; side++) {
          if ((side + round) % 2 == 0) {
            long start = System.nanoTime();
            report = app.mentalHealthReport().report(actor, on, from, on);
            reportTime = System.nanoTime() - start;
          } else {
            long start = System.nanoTime();
            aggregate = sql.run(ds, DistrictCode.of(district), on, from, on, clock.now());
            sqlTime = System.nanoTime() - start;
          }
        }
        if (round == 0) {
          String difference = HeadlineSql.difference(report, aggregate);
          if (difference != null) {
            throw new IllegalStateException("the report and the aggregate differ: " + difference);
          }
        }
        boolean warmup = round < options.warmup();
        if (!warmup) {
          reportNanos.add(reportTime);
          sqlNanos.add(sqlTime);
        }
        out.printf(Locale.ROOT, "  %-8s %2d/%d  %-6s first  report %8.1f ms  SQL %8.1f ms  ratio %5.2f%s%n",
            warmup ? "warm-up" : "round", warmup ? round + 1 : round - options.warmup() + 1,
            warmup ? options.warmup() : options.rounds(), round % 2 == 0 ? "report" : "SQL",
            ImportBenchmark.ms(reportTime), ImportBenchmark.ms(sqlTime), (double) reportTime / sqlTime,
            round == 0 ? "  (district figures = aggregate: checked)" : "");
      }
      Map<String, Long> profile = profile(open.storage(), DistrictCode.of(district), from, on);
      profile.putAll(rawReads(ds, district, from, on));
      return new Measurement(database, version, loadAverage(), reportNanos, sqlNanos, profile);
    }
  }

  /** Each port call the report makes, timed on its own in one transaction (a simple timer, after the rounds). */
  private static Map<String, Long> profile(Storage s, DistrictCode d, LocalDate from, LocalDate to) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    s.transactions().inTransaction(() -> {
      time(nanos, "schools.all", () -> s.schools().all(d));
      time(nanos, "zones.all", () -> s.zones().all(d));
      time(nanos, "roster.enrolledPerSchool", () -> List.copyOf(s.roster().enrolledPerSchool(d).entrySet()));
      time(nanos, "mentalHealthFiles.all", () -> s.mentalHealthFiles().all(d));
      time(nanos, "careRecords.openFollowUps", () -> s.careRecords().openFollowUps(d));
      time(nanos, "screeningCampaigns.all", () -> s.screeningCampaigns().all(d));
      time(nanos, "screeningResults.takenBetween", () -> s.screeningResults().takenBetween(d, from, to));
      time(nanos, "referrals.all", () -> s.referrals().all(d));
      return null;
    });
    return nanos;
  }

  /**
   * The floor under the two biggest port reads: the same rows read with plain JDBC, every column fetched as a
   * string, nothing mapped (so the profile tells transfer from mapping).
   */
  private static Map<String, Long> rawReads(DataSource ds, String d, LocalDate from, LocalDate to)
      throws SQLException {
    Map<String, Long> nanos = new LinkedHashMap<>();
    Map<String, String> reads = new LinkedHashMap<>();
    reads.put("raw JDBC: screening_result", "SELECT * FROM screening_result WHERE district_code = ?"
        + " AND taken_on BETWEEN ? AND ?");
    try (Connection c = ds.getConnection()) {
      for (var read : reads.entrySet()) {
        long start = System.nanoTime();
        int n = 0;
        try (PreparedStatement st = c.prepareStatement(read.getValue())) {
          st.setString(1, d);
          if (read.getValue().contains("BETWEEN")) {
            st.setObject(2, from);
            st.setObject(3, to);
          }
          try (ResultSet rs = st.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                rs.getString(i);
              }
              n++;
            }
          }
        }
        nanos.put(read.getKey() + " (" + n + ")", System.nanoTime() - start);
      }
    }
    return nanos;
  }

  private static void time(Map<String, Long> nanos, String name, Supplier<List<?>> call) {
    long start = System.nanoTime();
    int n = call.get().size();
    nanos.put(name + " (" + n + ")", System.nanoTime() - start);
  }

  private void report(Measurement m, String postgresNote) {
    double reportMedian = ImportBenchmark.medianNanos(m.reportNanos());
    double sqlMedian = ImportBenchmark.medianNanos(m.sqlNanos());
    List<Double> ratios = m.ratios();
    double ratio = ImportBenchmark.median(ratios);
    out.println();
    out.println("| database | students | rounds | report ms median (min) | SQL aggregate ms median (min) "
        + "| report/SQL median (min-max) |");
    out.println("|---|---:|---:|---:|---:|---:|");
    out.printf(Locale.ROOT, "| %s | %,d | %d+%d | %.1f (%.1f) | %.1f (%.1f) | %.2fx (%.2f-%.2f) |%n",
        m.database().label, options.students(), options.warmup(), options.rounds(), reportMedian / 1e6,
        ImportBenchmark.ms(ImportBenchmark.min(m.reportNanos())), sqlMedian / 1e6,
        ImportBenchmark.ms(ImportBenchmark.min(m.sqlNanos())), ratio,
        ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    out.println();
    out.println("profile (one call of each port the report makes, in one transaction, after the rounds; then the"
        + " same rows of the two biggest read with plain JDBC):");
    m.profile().forEach((name, nanos) -> out.printf(Locale.ROOT, "  %-40s %8.1f ms%n", name, nanos / 1e6));
    if (m.database() != Database.POSTGRES) {
      out.println("Verdict: no PostgreSQL measurement" + (postgresNote == null ? " (H2 selected)." : "."));
    } else {
      out.printf(Locale.ROOT, "Verdict: on PostgreSQL the report takes %.2fx the raw SQL aggregate"
          + " (median of %d rounds): %s the ~%.0fx bar.%n", ratio, m.reportNanos().size(),
          ratio <= TARGET_RATIO ? "within" : "NOT within", TARGET_RATIO);
    }
    out.println("load average after the run: " + m.load());
  }

  static String loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static List<String> column(DataSource ds, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
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

  /**
   * The baseline: one SQL statement (three aggregates under UNION ALL) giving per school the files per level as of
   * {@code at}, the referrals opened in the range per status as of {@code at} and the students screened in the range
   * per suggested level of their latest result; as facet → key → district total (per school in the database).
   */
  static final class HeadlineSql {

    static final String LEVEL = "LEVEL";
    static final String STATUS = "STATUS";
    static final String SCREENED = "SCREENED";

    private final ZoneId zone;
    private final String sql;
    private final List<Object> bandValues = new ArrayList<>();

    HeadlineSql(MentalHealthSettings settings, ZoneId zone) {
      this.zone = zone;
      StringBuilder bands = new StringBuilder("CASE");
      for (ScreeningScale scale : settings.scales()) {
        for (ScoreBand b : scale.bands()) {
          bands.append(" WHEN x.scale = ? AND x.score >= ? AND x.score <= ? THEN ?");
          bandValues.addAll(List.of(scale.code(), b.from(), b.to(), b.level()));
        }
      }
      bands.append(" ELSE '").append(MentalHealthReportUseCase.NO_LEVEL).append("' END");
      this.sql = "SELECT '" + LEVEL + "' AS facet, f.school_id, COALESCE(c.to_level, f.level_code) AS k, COUNT(*) AS n"
          + " FROM mental_health_file f LEFT JOIN (SELECT file_id, to_level, ROW_NUMBER() OVER (PARTITION BY file_id"
          + " ORDER BY seq DESC) AS rn FROM mental_health_level_change WHERE district_code = ? AND changed_at <= ?) c"
          + " ON c.file_id = f.id AND c.rn = 1 WHERE f.district_code = ? AND f.opened_at <= ?"
          + " GROUP BY f.school_id, COALESCE(c.to_level, f.level_code)"
          + " UNION ALL SELECT '" + STATUS + "', r.school_id, s.status, COUNT(*) FROM referral r"
          + " JOIN (SELECT referral_id, status, ROW_NUMBER() OVER (PARTITION BY referral_id"
          + " ORDER BY step_no DESC) AS rn"
          + " FROM referral_step WHERE district_code = ? AND done_at <= ?) s ON s.referral_id = r.id AND s.rn = 1"
          + " WHERE r.district_code = ? AND r.opened_at >= ? AND r.opened_at < ? AND r.opened_at <= ?"
          + " GROUP BY r.school_id, s.status"
          + " UNION ALL SELECT '" + SCREENED + "', y.school_id, y.k, COUNT(*) FROM (SELECT st.school_id, " + bands
          + " AS k FROM (SELECT student_id, scale, score, ROW_NUMBER() OVER (PARTITION BY student_id"
          + " ORDER BY taken_on DESC, imported_at DESC) AS rn FROM screening_result WHERE district_code = ?"
          + " AND taken_on BETWEEN ? AND ?) x JOIN student st ON st.district_code = ? AND st.id = x.student_id"
          + " WHERE x.rn = 1) y GROUP BY y.school_id, y.k";
    }

    /** Facet → key → district total, summed here from the per-school rows the statement returns. */
    Map<String, Map<String, Long>> run(DataSource ds, DistrictCode district, LocalDate on, LocalDate from,
        LocalDate to, Instant now) throws SQLException {
      Instant endOfOn = on.plusDays(1).atStartOfDay(zone).toInstant();
      var at = (now.isBefore(endOfOn) ? now : endOfOn).atOffset(ZoneOffset.UTC);
      var start = from.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
      var end = to.plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
      String d = district.value();
      List<Object> params = new ArrayList<>(List.of(d, at, d, at, d, at, d, start, end, at));
      params.addAll(bandValues);
      params.addAll(List.of(d, from, to, d));
      Map<String, Map<String, Long>> totals = new TreeMap<>();
      try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          st.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            totals.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).merge(rs.getString(3), rs.getLong(4),
                Long::sum);
          }
        }
      }
      return totals;
    }

    /** Null if every district figure the report shows equals the aggregate's, else the first difference. */
    static String difference(MentalHealthReport report, Map<String, Map<String, Long>> aggregate) {
      var total = report.total();
      Map<String, SuppressedCounts> shown = Map.of(LEVEL, total.filesByLevel(), STATUS, total.referralsByStatus(),
          SCREENED, total.screeningByLevel());
      for (var facet : shown.entrySet()) {
        Map<String, Long> expected = aggregate.getOrDefault(facet.getKey(), Map.of());
        for (SuppressedCounts.Cell cell : facet.getValue().cells()) {
          long sum = expected.getOrDefault(cell.key(), 0L);
          if (cell.count().isPresent() && cell.count().getAsLong() != sum) {
            return facet.getKey() + " " + cell.key() + ": report " + cell.count().getAsLong() + ", SQL " + sum;
          }
        }
        for (String key : expected.keySet()) {
          if (facet.getValue().cell(key).isEmpty()) {
            return facet.getKey() + " " + key + ": only in the SQL aggregate";
          }
        }
      }
      return null;
    }
  }

  /** For tests: the arguments {@link #run} would parse, as options. */
  static Options options(String... args) {
    return Options.parse(args, System.err);
  }
}
