package org.jiaolianti.application.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.CreateCampaignCommand;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.DueStudent;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ImportReport;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ImportResultsCommand;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ResultRow;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase.SeenResult;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Screenings (心理普测, 五(二)2) over the in-memory storage on {@link NoticeWorld}, today 2026-03-02. */
class ScreeningServiceTest {

  private final Storage storage = InMemoryStorage.create();
  private final Jiaolianti app = new Jiaolianti(storage, Clocks.fixed(NoticeWorld.MORNING))
      .activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final User counsellorA = user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorB = user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolB.id().value());
  private final User officer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
  private final User guardianWang = w.userFor("wang.mu", w.wangMu);

  ScreeningServiceTest() {
    consent(w.guardianZhang, w.zhangXiaoming, ConsentPurpose.MENTAL_HEALTH_FILE);
    consent(w.guardianLi, w.liHuahua, ConsentPurpose.MENTAL_HEALTH_FILE);
    consent(w.guardianLi, w.zhaoLeilei, ConsentPurpose.GENERAL_PROCESSING);
  }

  private User user(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private void consent(User guardian, Student child, ConsentPurpose purpose) {
    app.consents().record(w.actor(guardian), new RecordCommand(child.id().value(), purpose, null, null, null, null));
  }

  private ScreeningCampaign campaign(User by) {
    return app.screenings().create(w.actor(by), new CreateCampaignCommand(w.schoolA.id().value(), "2025-2026-2",
        "PHQ9", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20)));
  }

  private static ResultRow row(Student s, String score, LocalDate on) {
    return new ResultRow(s.id().value(), new BigDecimal(score), on);
  }

  private ImportReport importRows(User by, ScreeningCampaign c, ResultRow... rows) {
    return app.screenings().importResults(w.actor(by), c.id().value(), new ImportResultsCommand(List.of(rows)));
  }

  private List<AuditEntry> screeningEvents() {
    return storage.auditTrail().walk(DistrictCode.of(NoticeWorld.D), 0, 1000).stream().map(AuditEvent::entry)
        .filter(e -> e.subject().type().equals(ScreeningService.SUBJECT)).toList();
  }

  @Test
  void whoCreatesAndReadsCampaigns() {
    ScreeningCampaign c = campaign(counsellorA);
    assertThat(c.scale()).isEqualTo("PHQ9");
    assertThatThrownBy(() -> campaign(officer)).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.decision().rule()).isEqualTo("SCREENING_CAMPAIGN_EXISTS"));
    // the school's leaders are not among those the issue lets see mental-health data ("nobody else")
    assertThatThrownBy(() -> campaign(w.schoolAdminA)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> campaign(counsellorB)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> campaign(w.teacherA11)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.screenings().create(w.actor(officer), new CreateCampaignCommand(
        w.schoolB.id().value(), "2025-2026-2", "SCL90", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2))))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.decision().rule()).isEqualTo("SCREENING_SCALE_UNKNOWN"));
    assertThatThrownBy(() -> app.screenings().create(w.actor(officer), new CreateCampaignCommand(
        w.schoolB.id().value(), "2025-2027-2", "PHQ9", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("term"));

    assertThat(app.screenings().list(w.actor(officer), null, null)).extracting(ScreeningCampaign::id)
        .containsExactly(c.id());
    assertThat(app.screenings().list(w.actor(counsellorA), null, "2025-2026-2")).hasSize(1);
    assertThat(app.screenings().list(w.actor(counsellorA), null, "2025-2026-1")).isEmpty();
    assertThatThrownBy(() -> app.screenings().list(w.actor(w.schoolAdminA), null, null))
        .isInstanceOf(ForbiddenException.class);
    assertThat(app.screenings().list(w.actor(counsellorB), null, null)).isEmpty();
    assertThatThrownBy(() -> app.screenings().list(w.actor(counsellorB), w.schoolA.id().value(), null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.screenings().list(w.actor(w.teacherA11), null, null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.screenings().get(w.actor(counsellorB), c.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.screenings().get(w.actor(w.guardianZhang), c.id().value()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void theCounsellorImports_othersSeeCountsOnly_everyResultsAccessIsAudited() {
    ScreeningCampaign c = campaign(officer);
    ImportReport report = importRows(counsellorA, c, row(w.zhangXiaoming, "12", LocalDate.of(2026, 3, 1)),
        row(w.liHuahua, "3.5", LocalDate.of(2026, 3, 2)));
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.replaced()).isZero();
    assertThat(report.counts().screened()).isEqualTo(2);
    assertThat(report.counts().bySuggestedLevel()).containsExactly(java.util.Map.entry("ROUTINE", 1L),
        java.util.Map.entry("ATTENTION", 0L), java.util.Map.entry("KEY_ATTENTION", 1L),
        java.util.Map.entry("CRISIS", 0L));

    List<SeenResult> results = app.screenings().results(w.actor(counsellorA), c.id().value());
    assertThat(results).extracting(SeenResult::suggestedLevel).containsExactlyInAnyOrder("KEY_ATTENTION", "ROUTINE");
    assertThat(app.screenings().get(w.actor(officer), c.id().value()).counts().screened()).isEqualTo(2);
    assertThatThrownBy(() -> app.screenings().get(w.actor(w.schoolAdminA), c.id().value()))
        .isInstanceOf(ForbiddenException.class);
    for (User refused : List.of(w.schoolAdminA, officer)) {
      assertThatThrownBy(() -> app.screenings().results(w.actor(refused), c.id().value()))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> importRows(refused, c, row(w.zhangXiaoming, "1", LocalDate.of(2026, 3, 1))))
          .isInstanceOf(ForbiddenException.class);
    }
    assertThatThrownBy(() -> app.screenings().results(w.actor(counsellorB), c.id().value()))
        .isInstanceOf(NotFoundException.class);

    // a corrected re-import replaces the student's result (idempotent)
    ImportReport again = importRows(counsellorA, c, row(w.zhangXiaoming, "21", LocalDate.of(2026, 3, 2)));
    assertThat(again.replaced()).isEqualTo(1);
    assertThat(again.counts().screened()).isEqualTo(2);
    assertThat(again.counts().bySuggestedLevel()).containsEntry("CRISIS", 1L).containsEntry("KEY_ATTENTION", 0L);
    assertThat(app.screenings().results(w.actor(counsellorA), c.id().value())).hasSize(2)
        .filteredOn(r -> r.result().student().equals(w.zhangXiaoming.id())).singleElement()
        .satisfies(r -> assertThat(r.result().id()).isEqualTo(results.stream()
            .filter(x -> x.result().student().equals(w.zhangXiaoming.id())).findFirst().orElseThrow().result().id()));

    List<AuditEntry> perStudent = storage.auditTrail().walk(DistrictCode.of(NoticeWorld.D), 0, 1000).stream()
        .map(AuditEvent::entry).filter(e -> e.subject().type().equals("STUDENT")
            && e.subject().id().equals(w.zhangXiaoming.id().value())).toList();
    assertThat(perStudent).as("each student's result written and read, on the student").extracting(
        AuditEntry::action, AuditEntry::purpose).contains(
        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "SCREENING_RESULT:" + c.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, "SCREENING_RESULT:" + c.id().value()));
    List<AuditEntry> events = screeningEvents();
    assertThat(events).allSatisfy(e -> assertThat(e.subject().id()).isEqualTo(c.id().value()));
    assertThat(events).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::actorUserId).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, AuditOutcome.ALLOWED, counsellorA.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, AuditOutcome.ALLOWED, counsellorA.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, AuditOutcome.DENIED, w.schoolAdminA.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, AuditOutcome.DENIED, w.schoolAdminA.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, AuditOutcome.DENIED, officer.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, AuditOutcome.DENIED, officer.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, AuditOutcome.DENIED, counsellorB.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, AuditOutcome.ALLOWED, counsellorA.id().value()),
        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, AuditOutcome.ALLOWED, counsellorA.id().value()));
    assertThat(events.get(0).purpose()).isEqualTo("SCREENING_IMPORT:2");
    assertThat(events).extracting(AuditEntry::purpose).containsOnly("SCREENING_IMPORT:2", "SCREENING_IMPORT:1",
        "SCREENING_RESULTS");
  }

  @Test
  void anImportIsAllOrNothing_everyFailingRowIsNamed() {
    ScreeningCampaign c = campaign(counsellorA);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> importRows(counsellorA, c,
        row(w.zhangXiaoming, "12", LocalDate.of(2026, 3, 1)),
        row(w.zhaoLeilei, "3", LocalDate.of(2026, 3, 1)),
        row(w.wangFangfang, "3", LocalDate.of(2026, 3, 1)),
        row(w.liHuahua, "28", LocalDate.of(2026, 2, 28)),
        row(w.chenChenchen, "1", LocalDate.of(2026, 3, 1)),
        row(w.zhangXiaoming, "2", LocalDate.of(2026, 3, 1)),
        row(w.liHuahua, "2", LocalDate.of(2026, 3, 5))));
    assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("results[1].studentId", "CONSENT_MISSING_MENTAL_HEALTH_FILE"),
        org.assertj.core.groups.Tuple.tuple("results[2].studentId", "CONSENT_MISSING_MENTAL_HEALTH_FILE"),
        org.assertj.core.groups.Tuple.tuple("results[3].takenOn", "SCREENING_OUTSIDE_WINDOW"),
        org.assertj.core.groups.Tuple.tuple("results[4].studentId", "STUDENT_NOT_OF_SCHOOL"),
        org.assertj.core.groups.Tuple.tuple("results[5].studentId", "Duplicate"),
        org.assertj.core.groups.Tuple.tuple("results[6].studentId", "Duplicate"));
    assertThat(e.errors().get(0).message().zh()).contains("其他用途的同意不适用").contains("五(二)");
    assertThat(e.errors().get(0).message().en()).contains("clause");
    assertThat(app.screenings().get(w.actor(counsellorA), c.id().value()).counts().screened()).isZero();

    InvalidInputException range = catchThrowableOfType(InvalidInputException.class, () -> importRows(counsellorA, c,
        row(w.zhangXiaoming, "27.5", LocalDate.of(2026, 3, 1)), row(w.liHuahua, "2", LocalDate.of(2026, 3, 3))));
    assertThat(range.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("results[0].score", "SCREENING_SCORE_OUT_OF_RANGE"),
        org.assertj.core.groups.Tuple.tuple("results[1].takenOn", "PastOrPresent"));

    InvalidInputException shape = catchThrowableOfType(InvalidInputException.class, () -> importRows(counsellorA, c,
        new ResultRow(w.zhangXiaoming.id().value(), null, LocalDate.of(2026, 3, 1)),
        new ResultRow("bad id!", BigDecimal.ONE, null)));
    assertThat(shape.errors()).extracting(FieldError::field).containsExactly("results[0].score",
        "results[1].studentId", "results[1].takenOn");
    assertThat(screeningEvents()).isEmpty();
  }

  @Test
  void theStudentsDueForScreening() {
    ScreeningCampaign c = campaign(counsellorA);
    importRows(counsellorA, c, row(w.zhangXiaoming, "2", LocalDate.of(2026, 3, 1)));
    assertThatThrownBy(() -> app.screenings().due(w.actor(w.schoolAdminA), w.schoolA.id().value(), null))
        .isInstanceOf(ForbiddenException.class);
    List<DueStudent> due = app.screenings().due(w.actor(officer), w.schoolA.id().value(),
        LocalDate.of(2026, 3, 2));
    assertThat(due).extracting(DueStudent::studentId).containsExactlyInAnyOrder(w.liHuahua.id(),
        w.wangFangfang.id(), w.zhaoLeilei.id());
    assertThat(due).allSatisfy(d -> assertThat(d.maskedName()).contains("*"));
    assertThat(app.screenings().due(w.actor(counsellorA), w.schoolA.id().value(), LocalDate.of(2027, 3, 1)))
        .hasSize(4).filteredOn(d -> d.studentId().equals(w.zhangXiaoming.id())).singleElement()
        .satisfies(d -> assertThat(d.lastScreenedOn()).isEqualTo(LocalDate.of(2026, 3, 1)));
    assertThatThrownBy(() -> app.screenings().due(w.actor(counsellorB), w.schoolA.id().value(), null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.screenings().due(w.actor(guardianWang), w.schoolA.id().value(), null))
        .isInstanceOf(ForbiddenException.class);
  }
}
