package org.jiaolianti.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Which database to use. Read by {@link #resolve}: environment variables first, then a properties
 * file, then the embedded default, an H2 database in file mode under the data directory (created on
 * first start).
 *
 * <table>
 * <caption>settings</caption>
 * <tr><th>environment</th><th>properties file</th><th>default</th></tr>
 * <tr><td>JIAOLIANTI_DB_URL</td><td>jiaolianti.db.url</td><td>H2 file {@code <data dir>/jiaolianti}</td></tr>
 * <tr><td>JIAOLIANTI_DB_USER</td><td>jiaolianti.db.user</td><td>{@code sa} for H2, none otherwise</td></tr>
 * <tr><td>JIAOLIANTI_DB_PASSWORD</td><td>jiaolianti.db.password</td><td>empty</td></tr>
 * <tr><td>JIAOLIANTI_DB_POOL_SIZE</td><td>jiaolianti.db.pool-size</td><td>10</td></tr>
 * <tr><td>JIAOLIANTI_DATA_DIR</td><td>jiaolianti.data-dir</td><td>{@code ./jiaolianti-data}</td></tr>
 * </table>
 *
 * <p>The properties file is the one named by JIAOLIANTI_CONFIG, else {@code ./jiaolianti.properties}
 * if it exists.
 *
 * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param password never printed by {@link #toString()}
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

  public static final String DEFAULT_DATA_DIR = "jiaolianti-data";
  public static final String DEFAULT_CONFIG_FILE = "jiaolianti.properties";
  static final int DEFAULT_POOL_SIZE = 10;

  public DatabaseConfig {
    requireNonNull(url, "url");
    checkArgument(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"),
        "database URL must start with jdbc:h2: or jdbc:postgresql:, was '%s'", redact(url));
    checkArgument(poolSize >= 1 && poolSize <= 200, "pool size must be 1-200, was %s", poolSize);
    password = password == null ? "" : password;
  }

  /** The embedded default: H2 in file mode at {@code dataDir/jiaolianti}. */
  public static DatabaseConfig h2File(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("jiaolianti");
    return new DatabaseConfig("jdbc:h2:file:" + file, "sa", "", DEFAULT_POOL_SIZE);
  }

  public static DatabaseConfig postgres(String url, String user, String password) {
    return new DatabaseConfig(url, user, password, DEFAULT_POOL_SIZE);
  }

  /** From the process's environment and working directory. */
  public static DatabaseConfig fromEnvironment() {
    return resolve(System.getenv(), Path.of(""));
  }

  /**
   * From {@code env} (variables named JIAOLIANTI_…), then the properties file, then the defaults;
   * relative paths are resolved against {@code workingDir}.
   */
  public static DatabaseConfig resolve(Map<String, String> env, Path workingDir) {
    Properties file = new Properties();
    String configFile = env.get("JIAOLIANTI_CONFIG");
    Path path = workingDir.resolve(configFile == null || configFile.isBlank() ? DEFAULT_CONFIG_FILE : configFile);
    if (Files.isRegularFile(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        file.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read database settings from " + path, e);
      }
    } else {
      checkArgument(configFile == null || configFile.isBlank(), "JIAOLIANTI_CONFIG names %s, which is not a file", path);
    }
    String url = setting(env, "JIAOLIANTI_DB_URL", file, "jiaolianti.db.url");
    String poolSize = setting(env, "JIAOLIANTI_DB_POOL_SIZE", file, "jiaolianti.db.pool-size");
    int pool;
    try {
      pool = poolSize == null ? DEFAULT_POOL_SIZE : Integer.parseInt(poolSize.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("pool size must be a number, was '" + poolSize + "'");
    }
    if (url == null) {
      String dataDir = setting(env, "JIAOLIANTI_DATA_DIR", file, "jiaolianti.data-dir");
      DatabaseConfig h2 = h2File(workingDir.resolve(dataDir == null ? DEFAULT_DATA_DIR : dataDir));
      return new DatabaseConfig(h2.url(), h2.user(), h2.password(), pool);
    }
    String user = setting(env, "JIAOLIANTI_DB_USER", file, "jiaolianti.db.user");
    String password = setting(env, "JIAOLIANTI_DB_PASSWORD", file, "jiaolianti.db.password");
    return new DatabaseConfig(url, user == null && url.startsWith("jdbc:h2:") ? "sa" : user, password, pool);
  }

  private static String setting(Map<String, String> env, String variable, Properties file, String key) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      value = file.getProperty(key);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** "H2" or "PostgreSQL", for messages. */
  public String databaseName() {
    return isPostgres() ? "PostgreSQL" : "H2";
  }

  /** The URL without any password a caller put into it. */
  public String safeUrl() {
    return redact(url);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return "DatabaseConfig[url=" + safeUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
