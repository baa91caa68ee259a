package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.OpenCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.RerouteCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Seen;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.StepCommand;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.ReferralAction;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.junit.jupiter.api.Test;

/**
 * Referrals (五(二)1) through the use case on a real database ({@link H2ReferralsTest}, {@link PostgresReferralsTest}):
 * the free text is unreadable in the tables and readable through the use case, a sealed value moved to another
 * column does not open, and a reroute links both rows.
 */
abstract class ReferralsOnDatabase {

  static final String D = "350213";
  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  static final String SUMMARY = "近两周情绪低落，多次表达轻生念头";
  static final String OUTCOME = "诊断为抑郁发作，门诊药物治疗";
  static final String PLAN = "每周谈心一次，班主任关注";

  abstract JdbcDatabase database();

  private String user(Jiaolianti app, String username, Role role, ScopeType scope, String reference) {
    var u = app.users().register(new RegisterUserCommand(D, username, username, null));
    app.users().assign(new AssignRoleCommand(D, u.id().value(), role, scope, reference, LocalDate.of(2025, 9, 1),
        null));
    return username;
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database().dataSource().getConnection(); Statement st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = database().dataSource().getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  @Test
  void theFreeTextIsUnreadableInTheDatabaseAndReadableThroughTheUseCase() throws SQLException {
    TestDatabases.empty(database());
    Storage storage = JdbcStorage.create(database(), Clocks.fixed(NOW), TestDatabases.SEED_FORMAT);
    Jiaolianti app = new Jiaolianti(storage, Clocks.fixed(NOW)).activate(TestPolicies.xiangan());
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店街道", TownKind.STREET));
    var school = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "新店中心小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2001, 9, 1)));
    var grade3 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 1));
    var student = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), grade3.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 1, 1), "G350213201701010011"));
    Partner hospital = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.SOCIAL_RESOURCE_UNIT,
        "厦门市仙岳医院", null, null, SocialResourceKind.MEDICAL_INSTITUTION));
    Partner other = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.SOCIAL_RESOURCE_UNIT,
        "翔安区医院", null, null, SocialResourceKind.MEDICAL_INSTITUTION));
    var counsellor = app.access().actor(user(app, "counsellor.lin", Role.COUNSELLOR, ScopeType.SCHOOL,
        school.id().value()));
    var clinician = app.access().actor(user(app, "clinician.chen", Role.CLINICIAN, ScopeType.INSTITUTION,
        hospital.id().value()));

    Seen r = app.referrals().open(counsellor, new OpenCommand(student.id().value(), hospital.id().value(),
        ReferralUrgency.CRISIS, SUMMARY, EmergencyReason.IMMINENT_RISK_TO_LIFE));
    String id = r.id().value();
    r = app.referrals().step(clinician, new StepCommand(id, ReferralAction.ACCEPT, r.version(), null));
    r = app.referrals().step(clinician, new StepCommand(id, ReferralAction.RECORD_OUTCOME, r.version(), OUTCOME));
    r = app.referrals().step(counsellor, new StepCommand(id, ReferralAction.RETURN_TO_SCHOOL, r.version(), PLAN));
    Seen second = app.referrals().open(counsellor, new OpenCommand(student.id().value(), hospital.id().value(),
        ReferralUrgency.CRISIS, SUMMARY, EmergencyReason.RISK_TO_OTHERS));
    Seen next = app.referrals().reroute(counsellor, new RerouteCommand(second.id().value(), second.version(),
        other.id().value(), "家长要求就近就医"));

    List<String> stored = new ArrayList<>();
    stored.addAll(column("SELECT shared_summary FROM referral"));
    stored.addAll(column("SELECT outcome_note FROM referral WHERE outcome_note IS NOT NULL"));
    stored.addAll(column("SELECT follow_up_plan FROM referral WHERE follow_up_plan IS NOT NULL"));
    stored.addAll(column("SELECT sealed_note FROM referral_step WHERE sealed_note IS NOT NULL"));
    assertThat(stored).hasSize(3 + 1 + 1 + 1).allSatisfy(v -> assertThat(v).startsWith("fc1:ephemeral:")
        .doesNotContain("情绪").doesNotContain("抑郁").doesNotContain("谈心").doesNotContain("就近"));
    assertThat(column("SELECT DISTINCT key_id FROM referral")).containsExactly("ephemeral");

    Seen read = app.referrals().get(counsellor, id);
    assertThat(read.sharedSummary()).isEqualTo(SUMMARY);
    assertThat(read.outcomeNote()).isEqualTo(OUTCOME);
    assertThat(read.followUpPlan()).isEqualTo(PLAN);
    assertThat(read.guardianInformedAt()).isEqualTo(NOW);
    assertThat(read.steps()).extracting(s -> s.status()).containsExactly(ReferralStatus.OPEN,
        ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED, ReferralStatus.RETURNED_TO_SCHOOL);
    Seen ended = app.referrals().get(counsellor, second.id().value());
    assertThat(ended.reroutedTo()).isEqualTo(next.id());
    assertThat(ended.steps().get(1).note()).isEqualTo("家长要求就近就医");
    assertThat(app.referrals().get(counsellor, next.id().value()).reroutedFrom()).isEqualTo(second.id());

    // the plan's ciphertext copied into the summary column fails to open instead of showing the plan
    execute("UPDATE referral SET shared_summary = follow_up_plan WHERE id = '" + id + "'");
    assertThatThrownBy(() -> app.referrals().get(counsellor, id)).isInstanceOf(FieldCipher.TamperedException.class);
  }
}
