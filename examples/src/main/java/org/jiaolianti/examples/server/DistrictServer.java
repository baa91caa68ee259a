package org.jiaolianti.examples.server;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.adapters.jdbc.JdbcDatabase;
import org.jiaolianti.adapters.rest.RestApi;
import org.jiaolianti.adapters.rest.security.CallerName;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.examples.demo.DemoDistrict;
import org.jiaolianti.examples.storage.OpenStorage;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The district server, the composition root of the REST API: the configured database (H2 file by
 * default, PostgreSQL by URL), the seed's policy activated, the demo district and demo users generated
 * into an empty database, the API on Jersey + Jetty. Stops cleanly on SIGTERM (a shutdown hook stops
 * Jetty, then closes the pool).
 */
public final class DistrictServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DistrictServer.class);

  private final Server jetty;
  private final JdbcDatabase database;
  private final URI uri;
  private final List<DemoUsers.Account> demoAccounts;
  private final TokenKeys.Keys keys;
  private Jiaolianti app;
  private final java.util.concurrent.ScheduledExecutorService scheduler;

  /** How often the notice dispatcher looks for due deliveries, and how many it sends per run. */
  static final java.time.Duration DISPATCH_EVERY = java.time.Duration.ofSeconds(5);
  static final java.time.Duration FLAG_OVERDUE_EVERY = java.time.Duration.ofMinutes(15);
  static final int DISPATCH_BATCH = 500;

  private DistrictServer(Server jetty, JdbcDatabase database, URI uri, List<DemoUsers.Account> demoAccounts,
      TokenKeys.Keys keys, java.util.concurrent.ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
    this.jetty = jetty;
    this.database = database;
    this.uri = uri;
    this.demoAccounts = demoAccounts;
    this.keys = keys;
  }

  public static void main(String[] args) throws Exception {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    DistrictServer server;
    try {
      server = start(ServerSettings.fromEnvironment());
    } catch (RuntimeException e) {
      LOG.error("the server did not start: {}", e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "jiaolianti-shutdown"));
    server.printBanner();
    server.jetty.join();
  }

  /** Starts the server as {@code settings} say; returns once it is listening. */
  public static DistrictServer start(ServerSettings settings) {
    Clock clock = Clocks.system();
    Policy policy = settings.seed() == null ? PolicySeedLoader.loadBundled("xiangan-2025").policy()
        : PolicySeedLoader.load(settings.seed()).policy();
    TokenKeys.Keys keys = TokenKeys.resolve(settings.environment(), settings.dataDir());
    JdbcDatabase database = JdbcDatabase.open(settings.database());
    try {
      // created_by/changed_by name the signed-in caller of the request that writes, "system" otherwise
      Storage storage = JdbcStorage.create(database, clock, OpenStorage.SEED_FORMAT,
          () -> CallerName.current().orElse("system"));
      DataProtection.Resolved protection = DataProtection.resolve(settings.environment(), settings.dataDir());
      LOG.info("data protection: {}", protection.description());
      Jiaolianti app = new Jiaolianti(storage, clock, new LoggingNoticeChannel(), protection.safeguards());
      boolean active = storage.policies().active(policy.district())
          .filter(p -> p.document().policyVersion().equals(policy.document().policyVersion())).isPresent();
      if (!active) {
        app.activate(policy);
      }
      List<DemoUsers.Account> accounts = List.of();
      if (settings.demo()) {
        if (storage.schools().all(policy.district()).isEmpty()) {
          new DemoDistrict(app, policy).generate();
        }
        accounts = new DemoUsers(app, storage, policy).ensure();
      }
      RestApi api = new RestApi(app, keys.tokens(), () -> ping(database), Instant::now);
      Server jetty = JettyHttpContainerFactory.createServer(
          URI.create("http://" + settings.host() + ":" + settings.port() + "/"), ResourceConfig.forApplication(api), false);
      jetty.setStopTimeout(5_000);
      jetty.setErrorHandler(new ProblemErrorHandler());
      // no "Server: Jetty(12…)" header: the version helps only an attacker
      for (var connector : jetty.getConnectors()) {
        connector.getConnectionFactories().stream()
            .filter(f -> f instanceof org.eclipse.jetty.server.HttpConnectionFactory)
            .map(f -> ((org.eclipse.jetty.server.HttpConnectionFactory) f).getHttpConfiguration())
            .forEach(c -> c.setSendServerVersion(false));
      }
      jetty.start();
      int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
      // the notice outbox's and the guardian alerts' dispatcher: one thread, every few seconds; a failed run is
      // logged and retried next time
      var scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jiaolianti-notice-dispatcher");
        t.setDaemon(true);
        return t;
      });
      scheduler.scheduleWithFixedDelay(() -> {
        try {
          int sent = app.noticeDispatcher().dispatchDue(DISPATCH_BATCH);
          if (sent > 0) {
            LOG.debug("notice dispatcher sent {} deliveries", sent);
          }
          // guardian alerts (referral steps) go out through the same channel, right after the notices
          int alerts = app.alertDispatcher().dispatchDue(DISPATCH_BATCH);
          if (alerts > 0) {
            LOG.debug("alert dispatcher sent {} alerts", alerts);
          }
        } catch (RuntimeException e) {
          LOG.warn("notice dispatcher run failed: {}", e.getMessage());
        }
      }, DISPATCH_EVERY.toMillis(), DISPATCH_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      // overdue care follow-ups are flagged to the school's mental-health lead (五(二)2): once per follow-up, so a
      // run every quarter of an hour (and one at start) is enough and costs one query per district
      scheduler.scheduleWithFixedDelay(() -> {
        try {
          int flagged = app.overdueFollowUpFlagger().flagOverdue();
          if (flagged > 0) {
            LOG.debug("flagged {} overdue follow-ups", flagged);
          }
        } catch (RuntimeException e) {
          LOG.warn("overdue follow-up run failed: {}", e.getMessage());
        }
      }, 0, FLAG_OVERDUE_EVERY.toMinutes(), java.util.concurrent.TimeUnit.MINUTES);
      // a break-glass access that expired unstopped gets its STOP audit event within a minute (五(二)2)
      scheduler.scheduleWithFixedDelay(() -> {
        try {
          app.breakGlassExpiry().closeExpired();
        } catch (RuntimeException e) {
          LOG.warn("break-glass expiry run failed: {}", e.getMessage());
        }
      }, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
      DistrictServer server = new DistrictServer(jetty, database, URI.create("http://" + settings.host() + ":" + port),
          accounts, keys, scheduler);
      server.app = app;
      return server;
    } catch (Exception e) {
      database.close();
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
  }

  private static boolean ping(JdbcDatabase database) {
    try (var c = database.dataSource().getConnection()) {
      return c.isValid(2);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  public URI uri() {
    return uri;
  }

  /** The application the server runs (to prepare data for benchmarks and tests in the same JVM). */
  public Jiaolianti app() {
    return app;
  }

  public TokenKeys.Keys keys() {
    return keys;
  }

  public List<DemoUsers.Account> demoAccounts() {
    return demoAccounts;
  }

  void printBanner() {
    StringBuilder out = new StringBuilder();
    out.append("\n  jiaolianti district server on ").append(uri).append(" (").append(database.config().databaseName())
        .append(" ").append(database.config().safeUrl()).append(")\n");
    out.append("  API docs:  ").append(uri).append("/docs   OpenAPI: ").append(uri).append("/openapi.json   health: ")
        .append(uri).append("/health\n");
    out.append("  tokens:    ").append(keys.description()).append('\n');
    out.append("  mint one:  TOKEN=$(mvn -B -q exec:java -pl examples -Dexec.mainClass=org.jiaolianti.examples.cli.JiaoliantiCli")
        .append(" -Dexec.args=\"token demo-admin\" | grep -o 'eyJ[A-Za-z0-9._-]*')\n");
    out.append("  then:      curl -H \"Authorization: Bearer $TOKEN\" ").append(uri).append("/api/v1/policy/duty-matrix\n");
    if (!demoAccounts.isEmpty()) {
      out.append("  demo users:");
      for (DemoUsers.Account a : demoAccounts) {
        out.append("\n    ").append(String.format("%-16s %-20s %s", a.username(), a.role(), a.what()));
      }
      out.append('\n');
    }
    LOG.info("{}", out);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("stopping Jetty: {}", e.getMessage());
    }
    database.close();
    LOG.info("jiaolianti district server stopped");
  }
}
