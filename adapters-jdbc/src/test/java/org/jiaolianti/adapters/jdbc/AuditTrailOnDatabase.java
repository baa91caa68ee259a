package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.audit.ChainVerification;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on a real database beyond its port contract: a row changed or removed by SQL that bypasses the
 * adapter is found by {@code verify} ({@link H2AuditTrailTest}, {@link PostgresAuditTrailTest}; on PostgreSQL with
 * the append-only trigger disabled first, as only a superuser could).
 */
abstract class AuditTrailOnDatabase {

  static final DistrictCode XIANGAN = DistrictCode.of("350213");
  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  Storage storage;
  Jiaolianti app;

  abstract JdbcDatabase database();

  /** Runs {@code sql} as a database administrator would, outside the adapter (on PostgreSQL: trigger off). */
  abstract void tamper(String sql) throws SQLException;

  @BeforeEach
  void emptyDatabaseWithFiveEvents() {
    TestDatabases.empty(database());
    storage = JdbcStorage.create(database(), Clocks.fixed(NOW), TestDatabases.SEED_FORMAT);
    app = new Jiaolianti(storage, Clocks.fixed(NOW));
    for (int i = 1; i <= 5; i++) {
      storage.auditTrail().append(new AuditEntry(XIANGAN, NOW.plusSeconds(i), "xa.teacher", "user-1", "TEACHER",
          "TEACHER:CLASSES:class-1", new AuditSubject("HOME_VISIT", "visit-" + i), AuditAction.READ, "家访跟进",
          AuditOutcome.ALLOWED));
    }
  }

  int execute(String sql) throws SQLException {
    try (Connection c = database().dataSource().getConnection(); Statement st = c.createStatement()) {
      return st.executeUpdate(sql);
    }
  }

  @Test
  void anUntouchedChainVerifies() {
    assertThat(app.auditTrail().verifyAsSystem(XIANGAN)).isEqualTo(ChainVerification.ok(5, 5));
  }

  @Test
  void aRowChangedBySqlIsTheFirstBrokenRow() throws SQLException {
    tamper("UPDATE audit_event SET purpose = '例行检查' WHERE district_code = '350213' AND sequence_no = 3");

    ChainVerification result = app.auditTrail().verifyAsSystem(XIANGAN);

    assertThat(result.ok()).isFalse();
    assertThat(result.brokenSequence()).isEqualTo(3);
    assertThat(result.checked()).isEqualTo(2);
    assertThat(result.reason()).contains("hash");
  }

  @Test
  void aRowChangedWithARecomputedHashBreaksTheNextRow() throws SQLException {
    tamper("UPDATE audit_event SET outcome = 'DENIED', event_hash = '" + "f".repeat(64)
        + "' WHERE district_code = '350213' AND sequence_no = 2");

    ChainVerification result = app.auditTrail().verifyAsSystem(XIANGAN);

    assertThat(result.brokenSequence()).isEqualTo(2);
  }

  @Test
  void aRowRemovedBySqlIsReportedMissing() throws SQLException {
    tamper("DELETE FROM audit_event WHERE district_code = '350213' AND sequence_no = 4");

    ChainVerification result = app.auditTrail().verifyAsSystem(XIANGAN);

    assertThat(result.ok()).isFalse();
    assertThat(result.brokenSequence()).isEqualTo(4);
    assertThat(result.reason()).contains("missing");
  }

  @Test
  void theNewestRowRemovedBySqlIsReportedMissing() throws SQLException {
    tamper("DELETE FROM audit_event WHERE district_code = '350213' AND sequence_no = 5");

    assertThat(app.auditTrail().verifyAsSystem(XIANGAN).brokenSequence()).isEqualTo(5);
  }

  @Test
  void purgeThenVerifyFromTheCheckpoint() {
    assertThat(storage.auditTrail().purge(XIANGAN, NOW.plusSeconds(3), NOW.plusSeconds(100))).isPresent();

    ChainVerification result = app.auditTrail().verifyAsSystem(XIANGAN);

    assertThat(result).isEqualTo(ChainVerification.ok(3, 5));
  }

  static void assertRefused(ThrowingSql sql) {
    assertThatThrownBy(sql::run).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
  }

  interface ThrowingSql {
    void run() throws SQLException;
  }

  @Test
  void aHomeVisitNoteIsUnreadableInTheDatabaseAndReadableThroughTheUseCase() throws SQLException {
    String d = XIANGAN.value();
    app.activate(org.jiaolianti.application.testing.TestPolicies.xiangan());
    app.register().registerTown(new org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase
        .RegisterTownCommand(d, "350213001", "新店街道", org.jiaolianti.domain.organization.TownKind.STREET));
    var school = app.register().registerSchool(new org.jiaolianti.application.organization.port.in
        .RegisterOrganizationUseCase.RegisterSchoolCommand(d, "3502130001", "新店中心小学",
        org.jiaolianti.domain.policy.SchoolType.PRIMARY, "350213001", java.time.LocalDate.of(2001, 9, 1)));
    var grade3 = app.roster().registerClass(new org.jiaolianti.application.people.port.in.ManageRosterUseCase
        .RegisterClassCommand(d, school.id().value(), 2025, 3, 1));
    var student = app.roster().enrol(new org.jiaolianti.application.people.port.in.ManageRosterUseCase
        .EnrolStudentCommand(d, school.id().value(), grade3.id().value(), "林小明",
        org.jiaolianti.domain.people.Gender.MALE, java.time.LocalDate.of(2017, 1, 1), "G350213201701010011"));
    var user = app.users().register(new org.jiaolianti.application.people.port.in.ManageUsersUseCase
        .RegisterUserCommand(d, "teacher.lin", "林老师", null));
    app.users().assign(new org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand(d,
        user.id().value(), org.jiaolianti.domain.access.Role.TEACHER, org.jiaolianti.domain.access.ScopeType.CLASSES,
        grade3.id().value(), java.time.LocalDate.of(2025, 9, 1), null));
    var teacher = app.access().actor("teacher.lin");
    String note = "孩子父母外出务工，由祖父母照看，近期睡眠差";

    var visit = app.homeVisits().record(teacher, new org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase
        .RecordVisitCommand(student.id().value(), java.time.LocalDate.of(2026, 3, 1),
        org.jiaolianti.domain.homevisit.VisitMode.IN_PERSON, null, java.util.List.of("学习习惯"), note, true));

    String stored;
    try (Connection c = database().dataSource().getConnection(); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT sealed_note, note_key_id FROM home_visit")) {
      assertThat(rs.next()).isTrue();
      stored = rs.getString(1);
      assertThat(rs.getString(2)).isEqualTo("ephemeral");
    }
    assertThat(stored).startsWith("fc1:ephemeral:").doesNotContain("祖父母").doesNotContain("睡眠");
    String id = visit.visit().id().value();
    assertThat(app.homeVisits().get(teacher, id).note()).isEqualTo(note);

    String flipped = stored.substring(0, stored.length() - 6) + (stored.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    execute("UPDATE home_visit SET sealed_note = '" + flipped + "'");
    assertThatThrownBy(() -> app.homeVisits().get(teacher, id))
        .isInstanceOf(org.jiaolianti.application.shared.FieldCipher.TamperedException.class);
    assertThat(app.auditTrail().verifyAsSystem(XIANGAN).ok()).isTrue();
  }
}
