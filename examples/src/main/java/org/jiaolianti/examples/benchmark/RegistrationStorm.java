package org.jiaolianti.examples.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase.CreateActivityCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.examples.server.DistrictServer;
import org.jiaolianti.examples.server.ServerSettings;

/**
 * Registration storm (issue 5): the district server (demo district; on H2 in a new data directory, on a
 * scratch PostgreSQL database with {@code --database postgres}, or on the database {@code JIAOLIANTI_DB_URL}
 * names), and {@code --clients} (64) concurrent HTTP clients, each its own school admin with its own token
 * (so that the per-caller rate limit is not what is measured), registering students for one first-come
 * activity at once, {@code --rounds} (10) times with a new activity of {@code --capacity} (20) places each
 * time; the first round warms up. Reports registrations per second and the requests' median and p99 latency,
 * and checks, per round, zero overbooking: exactly min(clients, capacity) registrations confirmed in the
 * answers, in the activity's count and in the stored rows, and the queue in order — positions 1…clients,
 * each once, the confirmed ones first (1…capacity), the waitlisted after them.
 *
 * <pre>
 * mvn -q -DskipTests package exec:java -pl examples -am \
 *   -Dexec.mainClass=org.jiaolianti.examples.benchmark.RegistrationStorm -Dexec.args="--clients 64 --rounds 10"
 * </pre>
 *
 * Options: {@code --clients N}, {@code --rounds N}, {@code --capacity N}, {@code --database h2|postgres} (h2;
 * postgres creates a database {@code jiaolianti_storm_<epoch seconds>} from {@code --pg-url}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code --pg-user} postgres, password {@code --pg-password}
 * or PGPASSWORD, and drops it at the end).
 */
public final class RegistrationStorm {

  private RegistrationStorm() {}

  public static void main(String[] args) throws Exception {
    if (!run(args)) {
      System.exit(1);
    }
  }

  /** Runs the storm; false when a round overbooked, came short or broke the queue's order. */
  static boolean run(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String database = options.getOrDefault("database", "h2").toLowerCase(java.util.Locale.ROOT);
    if (!database.equals("postgres") && !database.equals("h2")) {
      throw new IllegalArgumentException("--database takes h2 or postgres, was " + database);
    }
    if (database.equals("postgres")) {
      String user = options.getOrDefault("pg-user", "postgres");
      String password = options.getOrDefault("pg-password", java.util.Objects.requireNonNullElse(
          System.getenv("PGPASSWORD"), ""));
      try (ScratchPostgres db = ScratchPostgres.create(options.getOrDefault("pg-url", ImportBenchmark.DEFAULT_PG_URL),
          user, password, "jiaolianti_storm_" + Instant.now().getEpochSecond())) {
        System.out.println("PostgreSQL: scratch database " + db.name() + " (dropped at the end)");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JIAOLIANTI_DB_URL", db.url());
        env.put("JIAOLIANTI_DB_USER", user);
        env.put("JIAOLIANTI_DB_PASSWORD", password);
        return storm(options, env);
      }
    }
    return storm(options, new HashMap<>(System.getenv()));
  }

  private static boolean storm(Map<String, String> options, Map<String, String> env) throws Exception {
    int clients = Integer.parseInt(options.getOrDefault("clients", "64"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
    int capacity = Integer.parseInt(options.getOrDefault("capacity", "20"));

    env.put("JIAOLIANTI_PORT", "0");
    if (!env.containsKey("JIAOLIANTI_DB_URL")) {
      env.put("JIAOLIANTI_DATA_DIR", Files.createTempDirectory("jiaolianti-storm-").toString());
    }
    try (DistrictServer server = DistrictServer.start(ServerSettings.resolve(env, Path.of("")))) {
      Jiaolianti app = server.app();
      DistrictCode d = DistrictCode.of("350213");
      Zone zone = app.organization().zones(d).get(0);
      School school = app.organization().school(d, zone.leadSchool());
      SchoolClass grade3 = app.roster().registerClass(new RegisterClassCommand(d.value(), school.id().value(),
          2025, 3, 90 + (int) (System.nanoTime() % 9)));
      List<String> tokens = new ArrayList<>();
      String run = Long.toString(System.currentTimeMillis(), 36);
      long numbers = (System.currentTimeMillis() % 100_000_000L) * 10_000L; // national numbers unique per run
      for (int c = 0; c < clients; c++) {
        var user = app.users().register(new RegisterUserCommand(d.value(), "storm-" + run + "-" + c, "storm " + c,
            null));
        app.users().assign(new AssignRoleCommand(d.value(), user.id().value(), Role.SCHOOL_ADMIN, ScopeType.SCHOOL,
            school.id().value(), LocalDate.of(2025, 12, 1), null));
        tokens.add(server.keys().tokens().mint(user.username(), Instant.now(), Duration.ofHours(2)));
      }
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long totalNanos = 0;
      int totalRequests = 0;
      List<Long> allLatencies = new ArrayList<>();
      boolean overbooked = false;
      try {
        for (int round = 0; round < rounds; round++) {
          List<String> students = new ArrayList<>();
          for (int c = 0; c < clients; c++) {
            students.add(app.roster().enrol(new EnrolStudentCommand(d.value(), school.id().value(),
                grade3.id().value(), "风暴" + round + "-" + c, Gender.FEMALE, LocalDate.of(2017, 1, 1),
                String.format("G35%016d", numbers + (long) round * clients + c)))
                .id().value());
          }
          Instant now = Instant.now();
          Activity activity = app.manageActivities().create(new CreateActivityCommand(d.value(), OrganiserKind.SCHOOL,
              school.id().value(), "报名风暴 " + round, null, Collaboration.HOME_SCHOOL, Set.of(3), capacity,
              now.minusSeconds(60), now.plus(Duration.ofHours(1)), "2025-2026-2", RegistrationMode.FIRST_COME));
          URI uri = server.uri().resolve("/api/v1/activities/" + activity.id().value() + "/registrations");
          CountDownLatch start = new CountDownLatch(1);
          List<Future<String>> results = new ArrayList<>();
          long[] latencies = new long[clients];
          for (int c = 0; c < clients; c++) {
            String token = tokens.get(c);
            String body = "{\"studentId\": \"" + students.get(c) + "\"}";
            int client = c;
            results.add(pool.submit(() -> {
              start.await();
              long sent = System.nanoTime();
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
              latencies[client] = System.nanoTime() - sent;
              if (r.statusCode() != 201) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
              }
              return r.body().contains("\"status\":\"CONFIRMED\"") ? "CONFIRMED" : "WAITLISTED";
            }));
          }
          long t0 = System.nanoTime();
          start.countDown();
          int confirmed = 0;
          for (Future<String> f : results) {
            confirmed += f.get().equals("CONFIRMED") ? 1 : 0;
          }
          long nanos = System.nanoTime() - t0;
          int stored = app.activities().activity(d, activity.id().value()).confirmed();
          List<Registration> rows = app.activities().registrations(d, activity.id().value());
          long storedConfirmed = rows.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
          int expected = Math.min(clients, capacity);
          String order = queueOrder(rows, clients, expected);
          boolean ok = confirmed == expected && stored == expected && storedConfirmed == expected && order == null;
          overbooked |= !ok;
          if (round > 0) { // the first round warms up
            totalNanos += nanos;
            totalRequests += clients;
            for (long l : latencies) {
              allLatencies.add(l);
            }
          }
          System.out.printf("round %2d: %d requests in %6.1f ms, confirmed %d (answers) / %d (count) / %d (rows), "
              + "expected %d, queue %s: %s%n", round, clients, nanos / 1e6, confirmed, stored, storedConfirmed, expected,
              order == null ? "in order" : order, ok ? "ok" : "OVERBOOKED, SHORT OR OUT OF ORDER");
        }
      } finally {
        pool.shutdownNow();
      }
      allLatencies.sort(null);
      System.out.printf("%s: %d clients, %d timed rounds: %.0f registrations/s over HTTP, latency median %.1f ms,"
          + " p99 %.1f ms; overbooking or queue out of order: %s%n",
          env.get("JIAOLIANTI_DB_URL") != null && env.get("JIAOLIANTI_DB_URL").startsWith("jdbc:postgresql:")
              ? "PostgreSQL" : "H2", clients, Math.max(0, rounds - 1), totalRequests / (totalNanos / 1e9),
          percentile(allLatencies, 0.5) / 1e6, percentile(allLatencies, 0.99) / 1e6, overbooked ? "FOUND" : "none");
      return !overbooked;
    }
  }

  /**
   * Null if the queue is in order — positions 1…{@code clients}, each once; the first {@code confirmed} of
   * them confirmed, the rest waitlisted — else what is wrong.
   */
  static String queueOrder(List<Registration> rows, int clients, int confirmed) {
    List<Registration> sorted = rows.stream().sorted(java.util.Comparator.comparingLong(Registration::position))
        .toList();
    if (sorted.size() != clients) {
      return sorted.size() + " registrations stored for " + clients + " requests";
    }
    for (int i = 0; i < sorted.size(); i++) {
      Registration r = sorted.get(i);
      RegistrationStatus expected = i < confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      if (r.position() != i + 1 || r.status() != expected) {
        return "position " + r.position() + " at place " + (i + 1) + " is " + r.status() + ", expected " + expected;
      }
    }
    return null;
  }

  /** The {@code p} quantile (nearest rank) of sorted values. */
  static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
