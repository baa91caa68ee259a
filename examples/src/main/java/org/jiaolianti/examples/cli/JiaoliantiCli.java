package org.jiaolianti.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.JiaoliantiException;
import org.jiaolianti.domain.milestone.ShareBreakdown;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.examples.demo.DemoDistrict;
import org.jiaolianti.examples.storage.OpenStorage;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.jiaolianti.seeds.SeedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The jiaolianti command line: loads a seed and prints the duty matrix, a unit's responsibilities,
 * and the milestone report of a generated demo district. The composition root of the CLI.
 */
@Command(name = "jiaolianti", mixinStandardHelpOptions = true, version = "jiaolianti 0.1.0",
    description = "教联体 policy as data: duty matrix, responsibilities, milestones.",
    subcommands = {JiaoliantiCli.Demo.class, JiaoliantiCli.Matrix.class, JiaoliantiCli.Unit.class,
        JiaoliantiCli.Milestones.class, JiaoliantiCli.Token.class, JiaoliantiCli.RosterImport.class,
        JiaoliantiCli.AuditVerify.class, JiaoliantiCli.AuditPurge.class})
public final class JiaoliantiCli implements Callable<Integer> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs the CLI with the given output streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new JiaoliantiCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof SeedException || e instanceof JiaoliantiException || e instanceof StorageUnavailable) {
        commandLine.getErr().println("错误 error: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli.execute(args);
  }

  /** Where the seed comes from. */
  static class SeedOption {
    @Option(names = "--seed", paramLabel = "DIR",
        description = "A seed directory with policy.yaml (default: the bundled Xiang'an seed xiangan-2025).")
    Path seed;

    Policy load() {
      return seed == null ? PolicySeedLoader.loadBundled("xiangan-2025").policy() : PolicySeedLoader.load(seed).policy();
    }
  }

  static LocalDate today() {
    return LocalDate.now(SHANGHAI);
  }

  /** A unit by code, short name or full name; an unknown one is a usage error listing the known units. */
  static PolicyUnit findUnit(Policy policy, String unit, CommandLine commandLine) {
    return policy.units().stream()
        .filter(u -> u.code().value().equals(unit) || u.name().equals(unit) || u.fullName().equals(unit))
        .findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(commandLine, "unknown unit '" + unit
            + "'; known: " + policy.units().stream().map(u -> u.code() + " " + u.name()).toList()));
  }

  /**
   * Where the demo district lives: the configured database (environment variables JIAOLIANTI_DB_URL,
   * _USER, _PASSWORD, JIAOLIANTI_DATA_DIR, or jiaolianti.properties; by default H2 in
   * ./jiaolianti-data), overridden by these options. A password is never an option: it would show in
   * the process list.
   */
  static class StorageOption {
    @Option(names = "--in-memory", description = "Keep everything in memory; write nothing to disk.")
    boolean inMemory;
    @Option(names = "--db-url", paramLabel = "JDBC_URL",
        description = "jdbc:h2:… or jdbc:postgresql:… (default: JIAOLIANTI_DB_URL, jiaolianti.properties, else H2 in the data directory).")
    String url;
    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "Directory of the embedded H2 database (default: JIAOLIANTI_DATA_DIR, else ./jiaolianti-data).")
    Path dataDir;

    OpenStorage open(Clock clock) {
      if (inMemory) {
        return OpenStorage.inMemory();
      }
      Map<String, String> env = new HashMap<>(System.getenv());
      if (url != null) {
        env.put("JIAOLIANTI_DB_URL", url);
      }
      if (dataDir != null) {
        env.put("JIAOLIANTI_DATA_DIR", dataDir.toString());
      }
      DatabaseConfig config;
      try {
        config = DatabaseConfig.resolve(env, Path.of(""));
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        throw new StorageUnavailable("database settings: " + e.getMessage(), e);
      }
      try {
        return OpenStorage.database(config, clock);
      } catch (RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        throw new StorageUnavailable("cannot open the " + config.databaseName() + " database " + config.safeUrl()
            + ": " + root.getMessage(), e);
      }
    }
  }

  /** The configured database cannot be used; the message says why (never with a password). */
  static final class StorageUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StorageUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The generated records are dated as of the policy's first days. */
  static final Instant DEMO_CLOCK = Instant.parse("2025-12-01T00:00:00Z");

  /**
   * The demo district on {@code storage}: the policy activated unless it already is, and the district
   * generated through the use cases unless its schools are already there (a second run reports on the
   * stored data instead of adding it twice).
   */
  static Jiaolianti demoDistrict(Policy policy, OpenStorage storage) {
    Jiaolianti app = new Jiaolianti(storage.storage(), Clocks.fixed(DEMO_CLOCK));
    boolean active = storage.storage().policies().active(policy.district())
        .filter(p -> p.document().policyVersion().equals(policy.document().policyVersion())).isPresent();
    if (!active) {
      app.activate(policy);
    }
    if (storage.storage().schools().all(policy.district()).isEmpty()) {
      new DemoDistrict(app, policy).generate();
    }
    return app;
  }

  @Command(name = "matrix", description = "Print the duty matrix (unit × measure).")
  static final class Matrix implements Callable<Integer> {
    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      var matrix = seed.load().dutyMatrix();
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case "csv" -> out.print(matrix.toCsv());
        case "json" -> out.println(matrix.toJson());
        case "table" -> out.print(Reports.dutyMatrixTable(matrix));
        default -> throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table, csv or json");
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "unit", description = "Print what a unit must do: its duty statements and measures.")
  static final class Unit implements Callable<Integer> {
    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @Parameters(paramLabel = "UNIT", description = "Unit code (WOMENS_FEDERATION) or short name (区妇联).")
    String unit;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Policy policy = seed.load();
      PolicyUnit found = findUnit(policy, unit, spec.commandLine());
      Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.system()).activate(policy);
      spec.commandLine().getOut().print(Reports.unit(app.policy().responsibilitiesOf(policy.district(), found.code())));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "milestones", description = "Print the milestone report of a generated demo district as of a date.")
  static final class Milestones implements Callable<Integer> {
    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @CommandLine.Mixin StorageOption storage = new StorageOption();
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: today in Asia/Shanghai).")
    LocalDate asOf;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Policy policy = seed.load();
      try (OpenStorage open = storage.open(Clocks.fixed(DEMO_CLOCK))) {
        spec.commandLine().getOut().println("存储 Storage: " + open.description());
        print(spec.commandLine().getOut(), demoDistrict(policy, open), policy, asOf == null ? today() : asOf);
      }
      return 0;
    }

    static void print(PrintWriter out, Jiaolianti app, Policy policy, LocalDate asOf) {
      var reports = app.milestoneReports();
      out.print(Reports.milestones(reports.report(policy.district(), asOf)));
      out.println();
      out.println("按实验区 By zone, as of " + asOf + ":");
      out.print(Reports.coverage(reports.coverage(policy.district(), asOf, ShareBreakdown.Grouping.ZONE)));
      out.println();
      out.println("按镇(街) By town/street, as of " + asOf + ":");
      out.print(Reports.coverage(reports.coverage(policy.district(), asOf, ShareBreakdown.Grouping.TOWN)));
      out.flush();
    }
  }

  @Command(name = "roster-import", description = "Import classes, students, guardians and their links from a school"
      + " registry export (CSV or XLSX; columns: docs/roster-import.md) into the configured database. A real run"
      + " writes every row or none; importing the same file again changes nothing.")
  static final class RosterImport implements Callable<Integer> {
    /** Imports of at least this many rows draw a progress bar on stderr. */
    static final int PROGRESS_FROM_ROWS = 200;

    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @CommandLine.Mixin StorageOption storage = new StorageOption();
    @Parameters(paramLabel = "FILE", description = "The roster file: *.csv (UTF-8 or GBK) or *.xlsx (first sheet).")
    Path file;
    @Option(names = "--dry-run", description = "Check every row and report; write nothing.")
    boolean dryRun;
    @Option(names = "--school", paramLabel = "CODE",
        description = "Import rows of this school only (学校标识码); rows of other schools are reported as errors.")
    String school;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      org.jiaolianti.adapters.rest.people.RosterFile.Format format = org.jiaolianti.adapters.rest.people.RosterFile
          .Format.ofFileName(file.getFileName().toString()).orElseThrow(() -> new CommandLine.ParameterException(
              spec.commandLine(), "FILE must end in .csv or .xlsx: " + file));
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      String district = seed.load().district().value();
      var rows = org.jiaolianti.adapters.rest.people.RosterFile.read(java.nio.file.Files.readAllBytes(file), format);
      Clock clock = Clocks.system();
      try (OpenStorage open = storage.open(clock)) {
        out.println("存储 Storage: " + open.description());
        Jiaolianti app = new Jiaolianti(open.storage(), clock);
        java.util.Set<String> schools = null;
        if (school != null) {
          schools = java.util.Set.of(open.storage().schools().byCode(org.jiaolianti.domain.shared.DistrictCode.of(district),
              school).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                  "--school: no school with code " + school + " in district " + district)).id().value());
        }
        ProgressBar bar = new ProgressBar(err, PROGRESS_FROM_ROWS);
        org.jiaolianti.application.people.port.in.RosterImportUseCase.Report report;
        try {
          report = app.rosterImport().importRoster(rows.command(district, dryRun, schools), bar);
        } catch (org.jiaolianti.application.shared.InvalidInputException e) {
          bar.finish();
          out.println("导入失败，未写入任何数据 Import refused, nothing written:");
          e.errors().forEach(f -> out.println("  " + f.message().zh() + " | " + f.message().en()));
          out.flush();
          return 1;
        }
        out.print(Reports.rosterImport(report));
        out.flush();
        return report.ok() ? 0 : 1;
      }
    }
  }

  @Command(name = "token", description = "Mint a bearer token for a user of the district server, with the server's key"
      + " (JIAOLIANTI_JWT_SECRET, JIAOLIANTI_JWT_PRIVATE_KEY, or the data directory's jwt-secret).")
  static final class Token implements Callable<Integer> {
    @Parameters(paramLabel = "USERNAME", description = "The user the token names, e.g. demo-admin.")
    String username;
    @Option(names = "--minutes", paramLabel = "N", description = "Lifetime (default: JIAOLIANTI_TOKEN_MINUTES, else 60).")
    Integer minutes;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      org.jiaolianti.examples.server.ServerSettings settings;
      org.jiaolianti.examples.server.TokenKeys.Keys keys;
      try {
        settings = org.jiaolianti.examples.server.ServerSettings.fromEnvironment();
        keys = org.jiaolianti.examples.server.TokenKeys.resolve(settings.environment(), settings.dataDir());
      } catch (RuntimeException e) {
        throw new StorageUnavailable("token key: " + e.getMessage(), e);
      }
      if (!username.matches("[a-z0-9][a-z0-9._@-]{2,63}")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "'" + username + "' is not a username");
      }
      java.time.Duration lifetime = minutes == null ? settings.tokenLifetime() : java.time.Duration.ofMinutes(minutes);
      if (lifetime.isNegative() || lifetime.isZero() || lifetime.toHours() > 24) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--minutes must be 1 to 1440");
      }
      spec.commandLine().getOut().println(keys.tokens().mint(username, Instant.now(), lifetime));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "demo", description = "The three reports: duty matrix, a unit's responsibilities, milestones of a demo district.")
  static final class Demo implements Callable<Integer> {
    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @CommandLine.Mixin StorageOption storage = new StorageOption();
    @Option(names = "--unit", defaultValue = "WOMENS_FEDERATION", description = "Unit to show (default: ${DEFAULT-VALUE}).")
    String unit;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: today in Asia/Shanghai).")
    LocalDate asOf;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Policy policy = seed.load();
      try (OpenStorage open = storage.open(Clocks.fixed(DEMO_CLOCK))) {
        print(policy, open);
      }
      return 0;
    }

    private void print(Policy policy, OpenStorage open) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("== " + policy.document().title().zh() + "（" + policy.document().documentNumber() + "）");
      out.println("存储 Storage: " + open.description());
      out.println();
      out.println("== 1. 责任矩阵 Duty matrix (" + policy.units().size() + " units × " + policy.measures().size() + " measures)");
      out.print(Reports.dutyMatrixTable(policy.dutyMatrix()));
      out.println();
      out.println("== 2. 单位职责 Responsibilities of " + unit);
      Jiaolianti app = demoDistrict(policy, open);
      PolicyUnit found = findUnit(policy, unit, spec.commandLine());
      out.print(Reports.unit(app.policy().responsibilitiesOf(policy.district(), found.code())));
      out.println();
      LocalDate date = asOf == null ? today() : asOf;
      out.println("== 3. 主要目标 Milestone report of a generated demo district");
      Milestones.print(out, app, policy, date);
      LocalDate beforeIssue = policy.document().issueDate().minusDays(1);
      out.println();
      out.print(Reports.milestones(app.milestoneReports().report(policy.district(), beforeIssue)));
      out.flush();
    }
  }

  @Command(name = "audit-verify", description = "Walk the district's audit-trail hash chain (from the last purge"
      + " checkpoint) in the configured database and report the first broken event, or OK with the count. Exit 0 if"
      + " intact, 1 if broken. The verification is itself recorded (actor: system).")
  static final class AuditVerify implements Callable<Integer> {
    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @CommandLine.Mixin StorageOption storage = new StorageOption();
    @Option(names = "--district", paramLabel = "CODE", description = "The district (default: the seed's, 350213).")
    String district;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      org.jiaolianti.domain.shared.DistrictCode code;
      try {
        code = org.jiaolianti.domain.shared.DistrictCode.of(district != null ? district
            : seed.load().district().value());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--district: " + e.getMessage());
      }
      Clock clock = Clocks.system();
      try (OpenStorage open = storage.open(clock)) {
        out.println("存储 Storage: " + open.description());
        var result = new Jiaolianti(open.storage(), clock).auditTrail().verifyAsSystem(code);
        if (result.ok()) {
          out.println("审计链完整 Audit chain intact: " + result.checked() + " events checked (district " + code.value()
              + (result.checked() > 0 ? ", up to sequence " + result.lastSequence() : "") + ")");
        } else {
          out.println("审计链断裂 Audit chain BROKEN at sequence " + result.brokenSequence() + ": " + result.reason()
              + " (" + result.checked() + " events verified before it)");
        }
        out.flush();
        return result.ok() ? 0 : 1;
      }
    }
  }

  @Command(name = "audit-purge", description = "Remove the oldest segment of the district's audit trail: the events"
      + " before the start of --older-than (Asia/Shanghai), never a younger one; a checkpoint is recorded that"
      + " audit-verify starts from. Refused (exit 2) inside the retention (at least 6 months). The purge is itself"
      + " recorded (actor: system, with the purpose). Exit 0 when done or when nothing was old enough.")
  static final class AuditPurge implements Callable<Integer> {
    @CommandLine.Mixin SeedOption seed = new SeedOption();
    @CommandLine.Mixin StorageOption storage = new StorageOption();
    @Option(names = "--district", paramLabel = "CODE", description = "The district (default: the seed's, 350213).")
    String district;
    @Option(names = "--older-than", required = true, paramLabel = "YYYY-MM-DD",
        description = "Purge the events before the start of this day (Asia/Shanghai).")
    LocalDate olderThan;
    @Option(names = "--purpose", required = true, paramLabel = "TEXT",
        description = "Why (kept in the purge's own audit event), e.g. \"年度清理 annual retention purge\".")
    String purpose;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      org.jiaolianti.domain.shared.DistrictCode code;
      try {
        code = org.jiaolianti.domain.shared.DistrictCode.of(district != null ? district
            : seed.load().district().value());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--district: " + e.getMessage());
      }
      Clock clock = Clocks.system();
      try (OpenStorage open = storage.open(clock)) {
        out.println("存储 Storage: " + open.description());
        var checkpoint = new Jiaolianti(open.storage(), clock).auditTrail().purgeAsSystem(code,
            new org.jiaolianti.application.audit.port.in.AuditUseCase.PurgeCommand(olderThan, purpose));
        if (checkpoint.isPresent()) {
          var c = checkpoint.get();
          out.println("已清理 Purged " + c.purgedCount() + " events before " + olderThan + " (district "
              + code.value() + "); checkpoint at sequence " + c.sequence() + ", hash " + c.hash());
        } else {
          out.println("无可清理 Nothing to purge: no event before " + olderThan + " (district " + code.value() + ")");
        }
        out.flush();
        return 0;
      }
    }
  }
}
