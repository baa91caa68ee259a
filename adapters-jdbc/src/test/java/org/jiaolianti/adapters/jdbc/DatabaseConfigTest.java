package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigTest {

  @TempDir
  Path dir;

  @Test
  void withNothingConfiguredItIsAnH2FileDatabaseUnderTheDefaultDataDirectory() {
    DatabaseConfig config = DatabaseConfig.resolve(Map.of(), dir);

    assertThat(config.url()).isEqualTo("jdbc:h2:file:" + dir.toAbsolutePath().resolve("jiaolianti-data/jiaolianti"));
    assertThat(config.user()).isEqualTo("sa");
    assertThat(config.isPostgres()).isFalse();
    assertThat(config.poolSize()).isEqualTo(10);
  }

  @Test
  void theDataDirectoryCanBeMoved() {
    DatabaseConfig config = DatabaseConfig.resolve(Map.of("JIAOLIANTI_DATA_DIR", "/var/lib/jiaolianti"), dir);

    assertThat(config.url()).isEqualTo("jdbc:h2:file:/var/lib/jiaolianti/jiaolianti");
  }

  @Test
  void environmentVariablesChoosePostgres() {
    DatabaseConfig config = DatabaseConfig.resolve(Map.of("JIAOLIANTI_DB_URL", "jdbc:postgresql://db:5432/jiaolianti",
        "JIAOLIANTI_DB_USER", "app", "JIAOLIANTI_DB_PASSWORD", "s3cret", "JIAOLIANTI_DB_POOL_SIZE", "20"), dir);

    assertThat(config).isEqualTo(new DatabaseConfig("jdbc:postgresql://db:5432/jiaolianti", "app", "s3cret", 20));
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void thePropertiesFileIsReadAndTheEnvironmentWinsOverIt() throws IOException {
    Files.writeString(dir.resolve("jiaolianti.properties"), "jiaolianti.db.url=jdbc:postgresql://file-host/db\n"
        + "jiaolianti.db.user=fromfile\njiaolianti.db.password=pw\n");

    assertThat(DatabaseConfig.resolve(Map.of(), dir))
        .isEqualTo(new DatabaseConfig("jdbc:postgresql://file-host/db", "fromfile", "pw", 10));
    assertThat(DatabaseConfig.resolve(Map.of("JIAOLIANTI_DB_USER", "fromenv"), dir).user()).isEqualTo("fromenv");
  }

  @Test
  void aNamedPropertiesFileMustExist() {
    assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("JIAOLIANTI_CONFIG", "missing.properties"), dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.properties");
  }

  @Test
  void anUnsupportedUrlOrPoolSizeIsRejectedWithoutShowingAPassword() {
    assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("JIAOLIANTI_DB_URL", "jdbc:mysql://x/db?password=hunter2"), dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:h2: or jdbc:postgresql:")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("JIAOLIANTI_DB_POOL_SIZE", "many"), dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool size");
  }
}
