package org.jiaolianti.adapters.jdbc.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.JdbcDatabase;
import org.jiaolianti.adapters.jdbc.PolicyFormat;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.jiaolianti.seeds.PolicySeedWriter;

/** The two databases the tests run on, each opened (and migrated) once per JVM and emptied on demand. */
public final class TestDatabases {

  /** Every table, children before parents, so that deleting in this order respects the foreign keys. */
  public static final List<String> TABLES = List.of("care_record", "mental_health_care_mark", "mental_health_level_change",
      "mental_health_file_category", "mental_health_file", "referral_step", "referral", "alert", "screening_result", "screening_campaign", "break_glass", "counsellor_training", "counsellor_post", "health_vice_principal", "consent", "home_visit", "open_day_booking", "open_day_slot", "open_day", "instructor_service", "instructor", "guidance_progress", "guidance_lesson", "guidance_item",
      "shared_resource", "mentor_hours", "mentor_assignment", "parent_mentor", "note_read_audit", "performance_note", "conversation_message", "conversation", "office_hour",
      "feedback", "notice_outbox", "notice_receipt", "notice", "activity_registration",
      "activity", "year_closing_figure", "year_closing", "exchange_event",
      "typical_case", "guardian_link", "student", "school_class", "role_assignment", "username_registry", "app_user",
      "guardian", "docking_agreement", "partner", "committee_member", "zone_membership", "experimental_zone", "school",
      "town", "policy_activation", "district_policy", "audit_event", "audit_checkpoint", "audit_head",
      "notice_fanout");

  /** The seeds module's format: policies are stored as their seed text. */
  public static final PolicyFormat SEED_FORMAT = PolicyFormat.of(PolicySeedWriter::write,
      text -> PolicySeedLoader.parse("stored policy", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

  private static JdbcDatabase h2;
  private static JdbcDatabase postgres;

  private TestDatabases() {}

  /** An H2 database in file mode (the embedded default) in a new directory. */
  public static synchronized JdbcDatabase h2() {
    if (h2 == null) {
      h2 = JdbcDatabase.open(DatabaseConfig.h2File(temporaryDirectory("jiaolianti-h2-")));
    }
    return h2;
  }

  /** A database of its own on the test PostgreSQL server ({@link TestPostgres}). */
  public static synchronized JdbcDatabase postgres() {
    if (postgres == null) {
      postgres = JdbcDatabase.open(TestPostgres.newDatabase());
    }
    return postgres;
  }

  /** A new directory under the module's {@code target}, so that {@code mvn clean} removes it. */
  public static Path temporaryDirectory(String prefix) {
    try {
      Path target = Files.createDirectories(Path.of("target", "test-databases"));
      return Files.createTempDirectory(target, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every row of every table. */
  public static void empty(JdbcDatabase database) {
    try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      if (postgres) {
        // the audit trail's trigger (V8.1) allows DELETE only under the purge's setting
        st.execute("SELECT set_config('jiaolianti.audit_purge', 'on', false)");
      }
      try {
        for (String table : TABLES) {
          st.executeUpdate("DELETE FROM " + table);
        }
      } finally {
        if (postgres) {
          st.execute("SELECT set_config('jiaolianti.audit_purge', 'off', false)");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
    }
  }
}
