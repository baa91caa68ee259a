package org.jiaolianti.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.Figures;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.Line;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase.MentalHealthReport;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.mentalhealth.ScreeningResultId;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.report.SuppressedCounts;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The mental-health report over the in-memory storage on {@link NoticeWorld} (2026-03-02): school A has 3 crisis
 * files and 6 routine ones, school B 12 crisis, 7 routine and 9 attention files. Small counts are withheld, with the
 * secondary cells in the school and across the schools; the district's figures stay; no student shows; every read
 * is audited; only the bureau's report readers may ask.
 */
class MentalHealthReportServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private final Storage storage = InMemoryStorage.create();
  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Jiaolianti app = new Jiaolianti(storage, clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final DistrictCode d = DistrictCode.of(NoticeWorld.D);
  private final MentalHealthReportUseCase reports = app.mentalHealthReport();
  private final Instant yesterday = clock.now().minus(Duration.ofDays(1));
  private final List<Student> a = new ArrayList<>(List.of(w.zhangXiaoming, w.liHuahua, w.wangFangfang,
      w.zhaoLeilei));
  private final List<Student> b = new ArrayList<>(List.of(w.chenChenchen));
  private int enrolled;

  MentalHealthReportServiceTest() {
    while (a.size() < 9) {
      a.add(enrol(w.schoolA, w.a11));
    }
    while (b.size() < 28) {
      b.add(enrol(w.schoolB, w.b11));
    }
    files(a.subList(0, 3), "CRISIS");
    files(a.subList(3, 9), "ROUTINE");
    files(b.subList(0, 12), "CRISIS");
    files(b.subList(12, 19), "ROUTINE");
    files(b.subList(19, 28), "ATTENTION");
  }

  private Student enrol(School school, SchoolClass c) {
    enrolled++;
    return app.roster().enrol(new EnrolStudentCommand(NoticeWorld.D, school.id().value(), c.id().value(),
        "学生" + enrolled, Gender.FEMALE, LocalDate.of(2018, 1, 1), String.format("G3502132019%08d", enrolled)));
  }

  private void files(List<Student> students, String level) {
    for (Student s : students) {
      storage.mentalHealthFiles().add(MentalHealthFile.open(MentalHealthFileId.newId(), d, s.school(), s.id(),
          FileTrigger.SCREENING, level, Set.of("FAMILY"), null, w.admin.id(), yesterday, "家庭变故，情绪低落"));
    }
  }

  private void mark(Student s, CareMark mark) {
    MentalHealthFile f = storage.mentalHealthFiles().ofStudent(d, s.id()).orElseThrow();
    storage.mentalHealthFiles().update(f.marked(mark, "每周谈心", w.admin.id(), yesterday));
  }

  private void referral(Student s, ReferralUrgency urgency, Instant openedAt) {
    boolean emergency = urgency == ReferralUrgency.CRISIS;
    storage.referrals().add(new Referrals.Sealed(ReferralId.newId(), d, s.school(), s.id(), null,
        PartnerId.of("hospital-1"), urgency, ReferralStatus.OPEN, "fc1:k:sealed", emergency ? null
            : org.jiaolianti.domain.mentalhealth.ConsentId.of("consent-1"),
        emergency ? EmergencyReason.IMMINENT_RISK_TO_LIFE : null, null, null, null, null, null,
        List.of(new Referrals.Step(ReferralStatus.OPEN, w.admin.id(), openedAt, null)), 0));
  }

  private User user(String username, Role role, ScopeType scope) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, null,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private MentalHealthReport report(Actor actor) {
    return reports.report(actor, TODAY, TODAY.minusDays(29), TODAY);
  }

  private static Figures school(MentalHealthReport r, School s) {
    return r.schools().stream().filter(l -> l.id().equals(s.id().value())).map(Line::figures).findFirst()
        .orElseThrow();
  }

  private static OptionalLong cell(SuppressedCounts counts, String key) {
    return counts.cell(key).orElseThrow().count();
  }

  private List<AuditEntry> reportEvents() {
    return storage.auditTrail().walk(d, 0, 1000).stream().map(AuditEvent::entry)
        .filter(e -> e.subject().type().equals(MentalHealthReportService.SUBJECT)).toList();
  }

  @Test
  void threeCrisisFilesAreWithheld_withTheCellsThatWouldGiveThemAway_theDistrictKeepsItsFigures() {
    MentalHealthReport r = report(w.actor(w.admin));

    assertThat(r.threshold()).isEqualTo(5);
    Figures fa = school(r, w.schoolA);
    assertThat(cell(fa.filesByLevel(), "CRISIS")).as("3 crisis files: withheld").isEmpty();
    assertThat(cell(fa.filesByLevel(), "ROUTINE")).as("else 9 − 6 = 3").isEmpty();
    assertThat(cell(fa.filesByLevel(), "ATTENTION")).hasValue(0);
    assertThat(fa.filesByLevel().total()).as("files open").hasValue(9);
    Figures fb = school(r, w.schoolB);
    assertThat(cell(fb.filesByLevel(), "CRISIS")).as("else the district's 15 − 12 = 3").isEmpty();
    assertThat(cell(fb.filesByLevel(), "ROUTINE")).isEmpty();
    assertThat(cell(fb.filesByLevel(), "ATTENTION")).hasValue(9);
    assertThat(fb.filesByLevel().total()).hasValue(28);
    assertThat(r.total().filesByLevel().cells()).extracting(SuppressedCounts.Cell::key)
        .containsExactly("ROUTINE", "ATTENTION", "KEY_ATTENTION", "CRISIS");
    assertThat(r.total().filesByLevel().cells()).extracting(SuppressedCounts.Cell::count).containsExactly(
        OptionalLong.of(13), OptionalLong.of(9), OptionalLong.of(0), OptionalLong.of(15));
    assertThat(r.total().filesByCategory().total()).hasValue(37);
    assertThat(fa.filesByCategory()).as("categories: the district's only").isNull();
    assertThat(r.total().enrolled()).isEqualTo(9 + 28);
    assertThat(fa.enrolled()).isEqualTo(9);
    assertThat(r.zones()).isEmpty();
    // never a student: no id, no name, no text
    String all = r.toString();
    for (Student s : List.of(w.zhangXiaoming, b.get(27))) {
      assertThat(all).doesNotContain(s.id().value()).doesNotContain(s.name());
    }
    assertThat(all).doesNotContain("家庭变故");
  }

  @Test
  void aZoneAddsUpItsSchools_andHidesWhatItsSchoolHides() {
    app.zones().establish(new EstablishZoneCommand(NoticeWorld.D, "新店片区", w.schoolA.id().value(), null,
        LocalDate.of(2025, 9, 1)));

    MentalHealthReport r = report(w.actor(w.admin));

    assertThat(r.zones()).singleElement().satisfies(z -> {
      assertThat(z.label()).isEqualTo("新店片区");
      assertThat(z.code()).isNull();
      assertThat(z.figures().enrolled()).isEqualTo(9);
      assertThat(z.figures().filesByLevel().total()).hasValue(9);
      assertThat(cell(z.figures().filesByLevel(), "CRISIS")).isEmpty();
      assertThat(cell(z.figures().filesByLevel(), "ROUTINE")).as("the zone is school A: same cells withheld").isEmpty();
      assertThat(z.figures().filesByCategory()).isNull();
    });
    assertThat(cell(r.total().filesByLevel(), "CRISIS")).hasValue(15);
  }

  private void campaign(String id, org.jiaolianti.domain.organization.School school, String term) {
    storage.screeningCampaigns().add(org.jiaolianti.domain.mentalhealth.ScreeningCampaign.create(
        ScreeningCampaignId.of(id), d, school.id(), org.jiaolianti.domain.activity.Term.of(term), "PHQ9",
        TODAY.minusDays(500), TODAY, w.admin.id(), clock.now()));
  }

  @Test
  void marksFollowUpsScreeningAndReferrals_areCountedPerSchool_smallOnesWithheld() {
    b.subList(0, 6).forEach(s -> mark(s, CareMark.LEFT_BEHIND));
    b.subList(6, 11).forEach(s -> mark(s, CareMark.IN_DIFFICULTY));
    a.subList(0, 2).forEach(s -> mark(s, CareMark.MIGRANT));
    // a result counts at the school whose campaign screened the student
    campaign("autumn", w.schoolB, "2025-2026-1");
    campaign("retest", w.schoolB, "2025-2026-2");
    campaign("last-year", w.schoolA, "2024-2025-1");
    List<ScreeningResult> results = new ArrayList<>();
    for (Student s : b.subList(0, 8)) {
      results.add(new ScreeningResult(ScreeningResultId.newId(), d, ScreeningCampaignId.of("autumn"), s.id(), "PHQ9",
          new BigDecimal(s == b.get(0) ? "7" : "22"), TODAY.minusDays(3), w.admin.id(), yesterday));
    }
    // an older result out of range, and a newer one replacing a student's level (latest counts)
    results.add(new ScreeningResult(ScreeningResultId.newId(), d, ScreeningCampaignId.of("last-year"),
        a.get(0).id(), "PHQ9", new BigDecimal("25"), TODAY.minusDays(400), w.admin.id(), yesterday));
    results.add(new ScreeningResult(ScreeningResultId.newId(), d, ScreeningCampaignId.of("retest"), b.get(1).id(),
        "PHQ9", new BigDecimal("3"), TODAY.minusDays(1), w.admin.id(), yesterday));
    storage.screeningResults().save(results);
    Instant thirtyHoursAgo = clock.now().minus(Duration.ofHours(30));
    b.subList(0, 5).forEach(s -> referral(s, ReferralUrgency.CRISIS, thirtyHoursAgo));
    a.subList(0, 2).forEach(s -> referral(s, ReferralUrgency.URGENT, thirtyHoursAgo));
    referral(a.get(2), ReferralUrgency.URGENT, clock.now().minus(Duration.ofDays(40))); // before the range

    MentalHealthReport r = report(w.actor(w.admin));

    Figures fa = school(r, w.schoolA);
    Figures fb = school(r, w.schoolB);
    assertThat(cell(fb.careMarks(), "LEFT_BEHIND")).hasValue(6);
    assertThat(cell(fa.careMarks(), "MIGRANT")).isEmpty();
    assertThat(fa.careMarks().total()).isEmpty();
    assertThat(fb.careMarks().total()).as("else the district's total less B's gives A's").isEmpty();
    assertThat(cell(fb.careMarks(), "IN_DIFFICULTY")).as("else B's total comes back").isEmpty();
    assertThat(cell(r.total().careMarks(), "LEFT_BEHIND")).hasValue(6);
    assertThat(r.total().careMarks().total()).hasValue(13);
    assertThat(fb.screeningByLevel().total()).as("8 students screened in the range").hasValue(8);
    assertThat(cell(fb.screeningByLevel(), "CRISIS")).hasValue(6);
    assertThat(cell(fb.screeningByLevel(), "ROUTINE")).as("1 (the retest counts, not the first score)").isEmpty();
    assertThat(cell(fb.screeningByLevel(), "ATTENTION")).isEmpty();
    assertThat(fa.screeningByLevel().total()).as("the old result is out of range").hasValue(0);
    assertThat(cell(r.total().referralsByStatus(), "OPEN")).hasValue(7);
    assertThat(r.total().referralsByStatus().total()).hasValue(7);
    assertThat(fa.referralsByStatus().total()).as("2 referrals: withheld").isEmpty();
    assertThat(fb.referralsByStatus().total()).as("else 7 − 5 = 2").isEmpty();
    assertThat(r.total().emergencyPath()).hasValue(5);
    assertThat(cell(r.total().breachesByStep(), "ACCEPTANCE")).as("crisis: 24 h to accept; urgent: 72 h")
        .hasValue(5);
    assertThat(r.total().overdueFollowUps()).hasValue(0);
    // as of a day before the referrals were opened: none opened by then
    MentalHealthReport before = reports.report(w.actor(w.admin), TODAY.minusDays(2), TODAY.minusDays(9),
        TODAY.minusDays(2));
    assertThat(before.total().referralsByStatus().total()).hasValue(0);
    assertThat(before.total().filesByLevel().total()).as("files were opened yesterday").hasValue(0);
  }

  @Test
  void theBureausReportReadersMayAsk_anAggregateOnlyScopeToo_everyoneElseIsForbidden_everyReadIsAudited() {
    User officer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT);
    User unit = user("unit.officer", Role.UNIT_OFFICER, ScopeType.AGGREGATE_ONLY);
    User auditor = user("auditor", Role.AUDITOR, ScopeType.DISTRICT);
    assertThat(report(w.actor(officer)).total().filesByLevel().total()).hasValue(37);
    assertThat(report(w.actor(unit)).schools()).hasSize(2);
    assertThatThrownBy(() -> report(w.actor(auditor))).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> report(w.actor(w.teacherA11))).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> report(w.actor(w.guardianZhang))).isInstanceOf(ForbiddenException.class);

    List<AuditEntry> events = reportEvents();
    assertThat(events).extracting(AuditEntry::outcome).containsExactly(AuditOutcome.ALLOWED, AuditOutcome.ALLOWED,
        AuditOutcome.DENIED, AuditOutcome.DENIED, AuditOutcome.DENIED);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.action()).isEqualTo(AuditAction.READ);
      assertThat(e.subject().id()).isEqualTo(NoticeWorld.D);
      assertThat(e.purpose()).isEqualTo("on=2026-03-02 from=2026-02-01 to=2026-03-02");
    });
  }

  @Test
  void badDatesNameTheirField() {
    Actor admin = w.actor(w.admin);
    assertThat(field(() -> reports.report(admin, TODAY.plusDays(1), TODAY, TODAY))).isEqualTo("on");
    assertThat(field(() -> reports.report(admin, TODAY, TODAY, TODAY.minusDays(1)))).isEqualTo("to");
    assertThat(field(() -> reports.report(admin, TODAY.minusDays(1), TODAY.minusDays(2), TODAY))).isEqualTo("to");
    assertThat(field(() -> reports.report(admin, TODAY, TODAY.minusDays(400), TODAY))).isEqualTo("to");
    assertThat(reports.report(admin, TODAY, TODAY.minusDays(399), TODAY).from()).isEqualTo(TODAY.minusDays(399));
    assertThat(reportEvents()).hasSize(1);
  }

  private static String field(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    assertThat(e).isNotNull();
    return e.errors().get(0).field();
  }
}
