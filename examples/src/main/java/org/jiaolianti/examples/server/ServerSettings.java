package org.jiaolianti.examples.server;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;

/**
 * The district server's settings: environment variables named {@code JIAOLIANTI_…}, then an optional
 * properties file (the same names in lower case with dots: {@code JIAOLIANTI_DB_URL} ↔
 * {@code jiaolianti.db.url}), then the defaults. README "Configuration" lists them all.
 *
 * @param host the address to listen on (default 127.0.0.1: reachable from this machine only; set 0.0.0.0 to serve the network)
 * @param port default 8080; 0 picks a free port
 * @param demo generate the demo district and demo users into an empty database (default true)
 * @param seed a seed directory, or null for the bundled Xiang'an seed
 */
public record ServerSettings(String host, int port, Path dataDir, DatabaseConfig database, boolean demo, Path seed,
    Duration tokenLifetime, Map<String, String> environment) {

  public static ServerSettings fromEnvironment() {
    return resolve(System.getenv(), Path.of(""));
  }

  public static ServerSettings resolve(Map<String, String> env, Path workingDir) {
    Map<String, String> settings = withPropertiesFile(env, workingDir);
    String dataDir = settings.getOrDefault("JIAOLIANTI_DATA_DIR", DatabaseConfig.DEFAULT_DATA_DIR);
    return new ServerSettings(
        settings.getOrDefault("JIAOLIANTI_HOST", "127.0.0.1"),
        integer(settings, "JIAOLIANTI_PORT", 8080, 0, 65535),
        workingDir.resolve(dataDir),
        DatabaseConfig.resolve(settings, workingDir),
        !"false".equalsIgnoreCase(settings.getOrDefault("JIAOLIANTI_DEMO", "true")),
        settings.containsKey("JIAOLIANTI_SEED") ? workingDir.resolve(settings.get("JIAOLIANTI_SEED")) : null,
        Duration.ofMinutes(integer(settings, "JIAOLIANTI_TOKEN_MINUTES", 60, 1, 24 * 60)),
        Map.copyOf(settings));
  }

  /** The environment, completed by the properties file for the names the environment does not set. */
  static Map<String, String> withPropertiesFile(Map<String, String> env, Path workingDir) {
    Map<String, String> settings = new HashMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith("JIAOLIANTI_") && v != null && !v.isBlank()) {
        settings.put(k, v.trim());
      }
    });
    String named = settings.get("JIAOLIANTI_CONFIG");
    Path file = workingDir.resolve(named == null ? DatabaseConfig.DEFAULT_CONFIG_FILE : named);
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read settings from " + file, e);
      }
      for (String key : properties.stringPropertyNames()) {
        String name = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        String value = properties.getProperty(key);
        if (name.startsWith("JIAOLIANTI_") && value != null && !value.isBlank()) {
          settings.putIfAbsent(name, value.trim());
        }
      }
    } else if (named != null) {
      throw new IllegalArgumentException("JIAOLIANTI_CONFIG names " + file + ", which is not a file");
    }
    return settings;
  }

  private static int integer(Map<String, String> settings, String name, int fallback, int min, int max) {
    String value = settings.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
    }
  }
}
