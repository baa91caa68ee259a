package org.jiaolianti.examples.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiaolianti.application.Safeguards;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.domain.audit.AuditRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's data-protection settings ({@link Safeguards}), like {@link TokenKeys}:
 * <ul>
 *   <li>{@code JIAOLIANTI_FIELD_KEY} (base64 of 32 bytes, AES-256) with {@code JIAOLIANTI_FIELD_KEY_ID} (default
 *       {@code k1}) encrypts sensitive notes; {@code JIAOLIANTI_FIELD_OLD_KEYS} ({@code id:base64,id:base64}) are
 *       kept for decrypting after a rotation;</li>
 *   <li>otherwise a key generated into {@code <data dir>/field-key} on first start (owner-only permissions, logged)
 *       and read from there afterwards — lose that file and the encrypted notes are lost with it;</li>
 *   <li>{@code JIAOLIANTI_AUDIT_RETENTION_MONTHS}: how long audit events are kept (default and minimum 6).</li>
 * </ul>
 */
public final class DataProtection {

  public static final String KEY_FILE = "field-key";
  private static final Logger LOG = LoggerFactory.getLogger(DataProtection.class);

  private DataProtection() {}

  /** The safeguards and a description for the start-up banner (never the key itself). */
  public record Resolved(Safeguards safeguards, String description) {}

  public static Resolved resolve(Map<String, String> env, Path dataDir) {
    String retentionText = value(env, "JIAOLIANTI_AUDIT_RETENTION_MONTHS");
    AuditRetention retention;
    try {
      retention = retentionText == null ? AuditRetention.FLOOR : new AuditRetention(Integer.parseInt(retentionText));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("JIAOLIANTI_AUDIT_RETENTION_MONTHS must be a number of months, at least "
          + AuditRetention.FLOOR_MONTHS + ", was '" + retentionText + "'", e);
    }
    String id = value(env, "JIAOLIANTI_FIELD_KEY_ID");
    String key = value(env, "JIAOLIANTI_FIELD_KEY");
    FieldCipher.Key current;
    String where;
    if (key != null) {
      current = FieldCipher.Key.fromBase64(id == null ? "k1" : id, key);
      where = "from JIAOLIANTI_FIELD_KEY";
    } else {
      Path file = dataDir.resolve(KEY_FILE);
      current = FieldCipher.Key.fromBase64(id == null ? "local" : id, generated(file));
      where = "in " + file.toAbsolutePath();
    }
    List<FieldCipher.Key> older = new ArrayList<>();
    String old = value(env, "JIAOLIANTI_FIELD_OLD_KEYS");
    if (old != null) {
      for (String pair : old.split(",")) {
        String[] p = pair.trim().split(":", 2);
        if (p.length != 2) {
          throw new IllegalArgumentException("JIAOLIANTI_FIELD_OLD_KEYS is id:base64[,id:base64…]");
        }
        older.add(FieldCipher.Key.fromBase64(p[0], p[1]));
      }
    }
    return new Resolved(new Safeguards(retention, new FieldCipher(current, older)),
        "field key '" + current.id() + "' " + where + (older.isEmpty() ? "" : " (+" + older.size() + " older)")
            + "; audit events kept " + retention.months() + " months");
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** The base64 key in {@code file}, generated there (owner-only) if there is none yet. */
  static String generated(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), KEY_FILE, ".tmp");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: the file inherits the directory's ACL
        }
        Files.writeString(tmp, FieldCipher.Key.generate("local").secretBase64() + "\n");
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("generated a field-encryption key into {} (owner-only): back it up with the database, or set"
            + " JIAOLIANTI_FIELD_KEY", file.toAbsolutePath());
      }
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the field key " + file, e);
    }
  }
}
