package org.jiaolianti.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.jiaolianti.application.shared.FieldCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The field key and the audit retention from the server's settings. */
class DataProtectionTest {

  @TempDir
  Path dataDir;

  @Test
  void withoutAConfiguredKeyOneIsGeneratedOwnerOnlyAndKept() throws Exception {
    var first = DataProtection.resolve(Map.of(), dataDir);
    Path file = dataDir.resolve(DataProtection.KEY_FILE);

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String sealed = first.safeguards().fieldCipher().encrypt("家访记录", "c");
    var again = DataProtection.resolve(Map.of(), dataDir);
    assertThat(again.safeguards().fieldCipher().decrypt(sealed, "c")).isEqualTo("家访记录");
    assertThat(first.description()).contains(file.toAbsolutePath().toString()).contains("6 months")
        .doesNotContain(Files.readString(file).trim());
  }

  @Test
  void aConfiguredKeyWithItsIdAndOlderKeysForRotation() {
    FieldCipher.Key k1 = FieldCipher.Key.generate("k1");
    FieldCipher.Key k2 = FieldCipher.Key.generate("k2");
    String old = new FieldCipher(k1).encrypt("旧记录", "c");

    var resolved = DataProtection.resolve(Map.of("JIAOLIANTI_FIELD_KEY", k2.secretBase64(), "JIAOLIANTI_FIELD_KEY_ID",
        "k2", "JIAOLIANTI_FIELD_OLD_KEYS", "k1:" + k1.secretBase64(), "JIAOLIANTI_AUDIT_RETENTION_MONTHS", "24"),
        dataDir);

    assertThat(resolved.safeguards().fieldCipher().currentKeyId()).isEqualTo("k2");
    assertThat(resolved.safeguards().fieldCipher().decrypt(old, "c")).isEqualTo("旧记录");
    assertThat(resolved.safeguards().auditRetention().months()).isEqualTo(24);
    assertThat(Files.exists(dataDir.resolve(DataProtection.KEY_FILE))).isFalse();
  }

  @Test
  void aRetentionUnderSixMonthsOrABadKeyIsRefused() {
    assertThatThrownBy(() -> DataProtection.resolve(Map.of("JIAOLIANTI_AUDIT_RETENTION_MONTHS", "3"), dataDir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 6");
    assertThatThrownBy(() -> DataProtection.resolve(Map.of("JIAOLIANTI_FIELD_KEY", "c2hvcnQ="), dataDir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
  }
}
