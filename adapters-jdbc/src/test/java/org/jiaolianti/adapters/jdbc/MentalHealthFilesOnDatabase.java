package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * 一生一档 on a real database ({@link H2MentalHealthFilesTest}, {@link PostgresMentalHealthFilesTest}): every free
 * text (level reason, care plan, record note and plan) is unreadable in the tables, read by direct SQL, and
 * readable through the use case by the file's counsellor.
 */
abstract class MentalHealthFilesOnDatabase {

  static final String D = "350213";
  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  abstract JdbcDatabase database();

  @Test
  void notesArePlainOnlyThroughTheUseCase() throws SQLException {
    TestDatabases.empty(database());
    Jiaolianti app = new Jiaolianti(JdbcStorage.create(database(), Clocks.fixed(NOW), TestDatabases.SEED_FORMAT),
        Clocks.fixed(NOW)).activate(TestPolicies.xiangan());
    app.register().registerTown(new RegisterOrganizationUseCase.RegisterTownCommand(D, "350213001", "新店街道",
        TownKind.STREET));
    var school = app.register().registerSchool(new RegisterOrganizationUseCase.RegisterSchoolCommand(D,
        "3502130001", "新店中心小学", SchoolType.PRIMARY, "350213001", LocalDate.of(2001, 9, 1)));
    var grade3 = app.roster().registerClass(new ManageRosterUseCase.RegisterClassCommand(D, school.id().value(),
        2025, 3, 1));
    var student = app.roster().enrol(new ManageRosterUseCase.EnrolStudentCommand(D, school.id().value(),
        grade3.id().value(), "林小明", Gender.MALE, LocalDate.of(2017, 1, 1), "G350213201701010011"));
    var mother = app.roster().registerGuardian(new ManageRosterUseCase.RegisterGuardianCommand(D, "林母",
        "13800000001"));
    app.roster().link(new ManageRosterUseCase.LinkGuardianCommand(D, mother.id().value(), student.id().value(),
        GuardianRelation.MOTHER));
    Actor guardian = actor(app, "lin.mu", mother.id().value(), Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    Actor counsellor = actor(app, "counsellor.lin", null, Role.COUNSELLOR, ScopeType.SCHOOL, school.id().value());
    app.consents().record(guardian, new ConsentsUseCase.RecordCommand(student.id().value(),
        ConsentPurpose.MENTAL_HEALTH_FILE, null, null, null, null));
    MentalHealthFilesUseCase files = app.mentalHealthFiles();

    var file = files.open(counsellor, new MentalHealthFilesUseCase.OpenCommand(student.id().value(),
        FileTrigger.HOME_VISIT, "ATTENTION", Set.of("FAMILY"), "家访发现父母外出务工", null));
    String id = file.id().value();
    files.mark(counsellor, id, new MentalHealthFilesUseCase.MarkCommand(CareMark.LEFT_BEHIND, "每周谈心一次并联系社区",
        null));
    var talk = files.record(counsellor, id, new MentalHealthFilesUseCase.RecordCommand(CareKind.TALK,
        LocalDate.of(2026, 3, 1), "谈到想念妈妈，夜里失眠", "两周后再次谈心", LocalDate.of(2026, 3, 15)));

    List<String> stored = new ArrayList<>();
    stored.addAll(column("SELECT sealed_note FROM mental_health_level_change"));
    stored.addAll(column("SELECT sealed_plan FROM mental_health_care_mark"));
    stored.addAll(column("SELECT sealed_note FROM care_record"));
    stored.addAll(column("SELECT sealed_plan FROM care_record"));
    assertThat(stored).hasSize(4).allSatisfy(s -> assertThat(s).startsWith("fc1:ephemeral:").doesNotContain("家访")
        .doesNotContain("谈心").doesNotContain("妈妈").doesNotContain("失眠"));

    var read = files.get(counsellor, id);
    assertThat(read.levels().get(0).note()).isEqualTo("家访发现父母外出务工");
    assertThat(read.marks().get(0).plan()).isEqualTo("每周谈心一次并联系社区");
    assertThat(read.categories()).containsExactly("FAMILY");
    assertThat(files.records(counsellor, id, true)).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(talk.id());
      assertThat(r.note()).isEqualTo("谈到想念妈妈，夜里失眠");
      assertThat(r.plan()).isEqualTo("两周后再次谈心");
    });
    // the officer reads the notes only through break-glass, whose reason is sealed at rest too
    Actor officer = actor(app, "mh.officer", null, Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
    assertThat(files.get(officer, id).levels().get(0).note()).isNull();
    var glass = app.breakGlass().start(officer, new org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase
        .StartCommand(student.id().value(), "危机评估：家长来电称孩子有自伤念头"));
    assertThat(column("SELECT reason FROM break_glass")).singleElement()
        .satisfies(r -> assertThat(r).startsWith("fc1:ephemeral:").doesNotContain("自伤"));
    assertThat(app.breakGlass().get(officer, glass.access().id().value()).access().reason())
        .isEqualTo("危机评估：家长来电称孩子有自伤念头");
    assertThat(files.get(officer, id).levels().get(0).note()).isEqualTo("家访发现父母外出务工");
    assertThat(app.auditTrail().verifyAsSystem(org.jiaolianti.domain.shared.DistrictCode.of(D)).ok()).isTrue();
  }

  private static Actor actor(Jiaolianti app, String username, String guardianId, Role role, ScopeType scope,
      String reference) {
    var user = app.users().register(new ManageUsersUseCase.RegisterUserCommand(D, username, username, guardianId));
    app.users().assign(new ManageUsersUseCase.AssignRoleCommand(D, user.id().value(), role, scope, reference,
        LocalDate.of(2025, 9, 1), null));
    return app.access().actor(username);
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database().dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
