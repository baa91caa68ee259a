package org.jiaolianti.application.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase.StartCommand;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.AssignCommand;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.ChangeLevelCommand;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.FileFilter;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.MarkCommand;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.OpenCommand;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.Reading;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.SeenFile;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.SeenRecord;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * 一生一档 over the in-memory storage on {@link NoticeWorld} (2026-03-02): consent, who sees what (caseload, other
 * counsellor, another school, the district officer with and without break-glass, teacher, guardian, others),
 * encryption at rest, follow-ups and the audit trail.
 */
class MentalHealthFileServiceTest {

  private static final String WHY = "普测得分偏高，家访发现亲子冲突";
  private final Storage storage = InMemoryStorage.create();
  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Jiaolianti app = new Jiaolianti(storage, clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final MentalHealthFilesUseCase files = app.mentalHealthFiles();
  private final User counsellorA = user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorA2 = user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User leadA = user("lead.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorB = user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolB.id().value());
  private final User officer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);

  MentalHealthFileServiceTest() {
    app.counsellors().register(w.actor(w.admin), new RegisterCommand(w.schoolA.id().value(), leadA.id().value(),
        PostKind.FULL_TIME, true, LocalDate.of(2025, 9, 1), null));
  }

  private User user(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private Actor a(User u) {
    return w.actor(u);
  }

  private void consent(User guardian, Student child, ConsentPurpose purpose) {
    app.consents().record(a(guardian), new RecordCommand(child.id().value(), purpose, null, null, null, null));
  }

  private SeenFile openForZhang(String level) {
    consent(w.guardianZhang, w.zhangXiaoming, ConsentPurpose.MENTAL_HEALTH_FILE);
    return files.open(a(counsellorA), new OpenCommand(w.zhangXiaoming.id().value(), FileTrigger.SCREENING, level,
        Set.of("FAMILY"), WHY, null));
  }

  private List<AuditEntry> events() {
    return storage.auditTrail().walk(DistrictCode.of(NoticeWorld.D), 0, 1000).stream().map(AuditEvent::entry)
        .filter(e -> e.subject().type().equals(MentalHealthFileService.SUBJECT) || e.subject().type().equals("STUDENT"))
        .toList();
  }

  @Test
  void openingNeedsAMentalHealthConsent_aGeneralConsentDoesNotUnlockIt() {
    consent(w.guardianZhang, w.zhangXiaoming, ConsentPurpose.GENERAL_PROCESSING);
    RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
        () -> files.open(a(counsellorA), new OpenCommand(w.zhangXiaoming.id().value(), FileTrigger.SCREENING,
            "ATTENTION", Set.of(), WHY, null)));
    assertThat(refused.decision().rule()).isEqualTo("CONSENT_MISSING_MENTAL_HEALTH_FILE");
    assertThat(storage.mentalHealthFiles().all(DistrictCode.of(NoticeWorld.D))).isEmpty();
  }

  @Test
  void oneFilePerStudent_levelsAndCategoriesAreSeedCodes_theCounsellorIsOfTheSchool() {
    SeenFile f = openForZhang("ATTENTION");
    assertThat(f.reading()).isEqualTo(Reading.CASELOAD);
    assertThat(f.counsellor()).isEqualTo(counsellorA.id());
    assertThat(f.levels()).singleElement().satisfies(c -> assertThat(c.note()).isEqualTo(WHY));
    RuleViolationException twice = catchThrowableOfType(RuleViolationException.class, () -> files.open(
        a(counsellorA2), new OpenCommand(w.zhangXiaoming.id().value(), FileTrigger.OBSERVATION, "ATTENTION",
            Set.of(), WHY, null)));
    assertThat(twice.decision().rule()).isEqualTo("FILE_ONE_PER_STUDENT");
    consent(w.guardianLi, w.liHuahua, ConsentPurpose.MENTAL_HEALTH_FILE);
    RuleViolationException level = catchThrowableOfType(RuleViolationException.class, () -> files.open(
        a(counsellorA), new OpenCommand(w.liHuahua.id().value(), FileTrigger.OBSERVATION, "PURPLE", Set.of(), WHY,
            null)));
    assertThat(level.decision().rule()).isEqualTo("LEVEL_UNKNOWN");
    InvalidInputException notCounsellor = catchThrowableOfType(InvalidInputException.class, () -> files.open(
        a(counsellorA), new OpenCommand(w.liHuahua.id().value(), FileTrigger.OBSERVATION, "ROUTINE", Set.of(), WHY,
            counsellorB.id().value())));
    assertThat(notCounsellor.errors()).extracting(e -> e.field()).containsExactly("counsellorId");
    assertThatThrownBy(() -> files.open(a(counsellorB), new OpenCommand(w.liHuahua.id().value(),
        FileTrigger.OBSERVATION, "ROUTINE", Set.of(), WHY, null))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.open(a(officer), new OpenCommand(w.liHuahua.id().value(),
        FileTrigger.OBSERVATION, "ROUTINE", Set.of(), WHY, null))).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void notesAreSealedAtRestAndReadableOnlyByTheCaseloadCounsellor() {
    SeenFile f = openForZhang("ATTENTION");
    String id = f.id().value();
    files.mark(a(counsellorA), id, new MarkCommand(CareMark.LEFT_BEHIND, "每周谈心一次，联系社区", null));
    MentalHealthFile stored = storage.mentalHealthFiles().byId(DistrictCode.of(NoticeWorld.D), f.id()).orElseThrow();
    assertThat(stored.levelHistory().get(0).note()).startsWith("fc1:").doesNotContain("普测");
    assertThat(stored.marks().get(0).plan()).startsWith("fc1:").doesNotContain("谈心");

    SeenFile own = files.get(a(counsellorA), id);
    assertThat(own.levels().get(0).note()).isEqualTo(WHY);
    assertThat(own.marks().get(0).plan()).isEqualTo("每周谈心一次，联系社区");
    SeenFile colleague = files.get(a(counsellorA2), id);
    assertThat(colleague.reading()).isEqualTo(Reading.SCHOOL_COUNSELLOR);
    assertThat(colleague.level()).isEqualTo("ATTENTION");
    assertThat(colleague.marks()).singleElement().satisfies(m -> assertThat(m.plan()).isNull());
    assertThat(colleague.levels()).allSatisfy(c -> assertThat(c.note()).isNull());
    assertThatThrownBy(() -> files.get(a(counsellorB), id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.get(a(w.teacherA11), id)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> files.get(a(w.guardianZhang), id)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> files.get(a(w.schoolAdminA), id)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> files.list(a(w.admin), FileFilter.NONE, 0, 25)).isInstanceOf(ForbiddenException.class);
    assertThat(files.list(a(counsellorB), FileFilter.NONE, 0, 25).items()).isEmpty();
    assertThat(files.list(a(counsellorA), FileFilter.NONE, 0, 25).items()).singleElement()
        .satisfies(s -> assertThat(s.levels().get(0).note()).isNull());
  }

  @Test
  void theDistrictOfficerReadsLevelsDistrictWide_notesOnlyThroughBreakGlass() {
    SeenFile f = openForZhang("KEY_ATTENTION");
    String id = f.id().value();
    SeenFile plain = files.get(a(officer), id);
    assertThat(plain.reading()).isEqualTo(Reading.DISTRICT_OFFICER);
    assertThat(plain.level()).isEqualTo("KEY_ATTENTION");
    assertThat(plain.levels()).allSatisfy(c -> assertThat(c.note()).isNull());
    assertThat(files.list(a(officer), new FileFilter(null, "KEY_ATTENTION", null), 0, 25).total()).isEqualTo(1);
    assertThat(files.list(a(officer), new FileFilter(null, "CRISIS", null), 0, 25).total()).isZero();

    app.breakGlass().start(a(officer), new StartCommand(w.zhangXiaoming.id().value(), "危机评估：需要立即查阅谈话记录"));
    SeenFile opened = files.get(a(officer), id);
    assertThat(opened.reading()).isEqualTo(Reading.BREAK_GLASS);
    assertThat(opened.levels().get(0).note()).isEqualTo(WHY);
    AuditEntry last = events().get(events().size() - 1);
    assertThat(last.purpose()).startsWith("BREAK_GLASS");
    assertThat(last.subject().id()).isEqualTo(id);
    assertThatThrownBy(() -> files.changeLevel(a(officer), id, new ChangeLevelCommand("CRISIS", "升级", null)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void changesAreTheCaseloadCounsellors_theLeadReassigns_aStaleVersionIsAConflict() {
    SeenFile f = openForZhang("ATTENTION");
    String id = f.id().value();
    SeenFile changed = files.changeLevel(a(counsellorA), id, new ChangeLevelCommand("KEY_ATTENTION", "连续两周情绪低落",
        f.version()));
    assertThat(changed.levels()).extracting(c -> c.to()).containsExactly("ATTENTION", "KEY_ATTENTION");
    assertThat(changed.levels().get(1).note()).isEqualTo("连续两周情绪低落");
    assertThatThrownBy(() -> files.changeLevel(a(counsellorA), id, new ChangeLevelCommand("CRISIS", "再次",
        f.version()))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> files.changeLevel(a(counsellorA2), id, new ChangeLevelCommand("CRISIS", "再次", null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> files.assignCounsellor(a(counsellorA2), id, new AssignCommand(
        counsellorA2.id().value(), null))).isInstanceOf(ForbiddenException.class);
    SeenFile reassigned = files.assignCounsellor(a(leadA), id, new AssignCommand(counsellorA2.id().value(), null));
    assertThat(reassigned.counsellor()).isEqualTo(counsellorA2.id());
    assertThat(files.get(a(counsellorA2), id).levels().get(1).note()).isEqualTo("连续两周情绪低落");
    assertThat(files.get(a(counsellorA), id).levels().get(1).note()).isNull();
    RuleViolationException unknown = catchThrowableOfType(RuleViolationException.class, () -> files.changeLevel(
        a(counsellorA2), id, new ChangeLevelCommand("PURPLE", "原因", null)));
    assertThat(unknown.decision().rule()).isEqualTo("LEVEL_UNKNOWN");
    RuleViolationException unmark = catchThrowableOfType(RuleViolationException.class, () -> files.unmark(
        a(counsellorA2), id, CareMark.MIGRANT, null));
    assertThat(unmark.decision().rule()).isEqualTo("CARE_MARK_NOT_SET");
  }

  @Test
  void overdueFollowUpsGoToTheLeadAndTheOfficer_withoutNotes_untilDone() {
    SeenFile f = openForZhang("ATTENTION");
    String id = f.id().value();
    SeenRecord r = files.record(a(counsellorA), id, new MentalHealthFilesUseCase.RecordCommand(
        CareKind.OBSERVATION, LocalDate.of(2026, 2, 20), "课堂上多次走神，午饭吃得很少", null, LocalDate.of(2026, 2, 25)));
    files.record(a(counsellorA), id, new MentalHealthFilesUseCase.RecordCommand(CareKind.TALK,
        LocalDate.of(2026, 3, 1), "谈心谈话", "每周一次谈心", LocalDate.of(2026, 3, 9)));
    assertThat(r.overdue()).isTrue();
    assertThat(storage.careRecords().byId(DistrictCode.of(NoticeWorld.D), r.id()).orElseThrow().note())
        .startsWith("fc1:").doesNotContain("走神");
    assertThat(files.records(a(counsellorA), id, false)).singleElement()
        .satisfies(x -> assertThat(x.note()).isEqualTo("课堂上多次走神，午饭吃得很少"));
    assertThat(files.records(a(counsellorA2), id, false)).singleElement()
        .satisfies(x -> assertThat(x.note()).isNull());
    assertThat(files.records(a(officer), id, true)).singleElement()
        .satisfies(x -> assertThat(x.plan()).isNull());

    assertThat(files.overdueFollowUps(a(leadA), null)).singleElement().satisfies(o -> {
      assertThat(o.record()).isEqualTo(r.id());
      assertThat(o.dueOn()).isEqualTo(LocalDate.of(2026, 2, 25));
      assertThat(o.counsellor()).isEqualTo(counsellorA.id());
    });
    assertThat(files.overdueFollowUps(a(officer), null)).hasSize(1);
    assertThat(files.overdueFollowUps(a(counsellorA), null)).hasSize(1);
    assertThat(files.overdueFollowUps(a(counsellorA2), null)).isEmpty();
    assertThatThrownBy(() -> files.overdueFollowUps(a(w.teacherA11), null)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> files.overdueFollowUps(a(leadA), w.schoolB.id().value()))
        .isInstanceOf(NotFoundException.class);

    assertThatThrownBy(() -> files.completeFollowUp(a(counsellorA), id, r.id().value(), true))
        .isInstanceOf(NotFoundException.class);
    SeenRecord done = files.completeFollowUp(a(counsellorA), id, r.id().value(), false);
    assertThat(done.followedUpBy()).isEqualTo(counsellorA.id());
    assertThat(files.overdueFollowUps(a(leadA), null)).isEmpty();
    RuleViolationException again = catchThrowableOfType(RuleViolationException.class,
        () -> files.completeFollowUp(a(counsellorA), id, r.id().value(), false));
    assertThat(again.decision().rule()).isEqualTo("FOLLOW_UP_ALREADY_DONE");
  }

  @Test
  void afterTheConsentIsRevokedNothingIsAddedOrChanged_theFileStaysReadable() {
    SeenFile f = openForZhang("ATTENTION");
    var consent = app.consents().ofStudent(a(w.guardianZhang), w.zhangXiaoming.id().value()).stream()
        .filter(c -> c.purpose() == ConsentPurpose.MENTAL_HEALTH_FILE).findFirst().orElseThrow();
    app.consents().revoke(a(w.guardianZhang), new org.jiaolianti.application.consent.port.in.ConsentsUseCase
        .RevokeCommand(consent.id().value(), null));

    RuleViolationException refused = catchThrowableOfType(RuleViolationException.class, () -> files.record(
        a(counsellorA), f.id().value(), new MentalHealthFilesUseCase.RecordCommand(CareKind.OBSERVATION,
            LocalDate.of(2026, 3, 1), "课堂上多次走神", null, null)));

    assertThat(refused.decision().rule()).isEqualTo("CONSENT_MISSING_MENTAL_HEALTH_FILE");
    assertThat(storage.careRecords().ofFile(DistrictCode.of(NoticeWorld.D), f.id())).isEmpty();
    assertThat(files.get(a(counsellorA), f.id().value()).level()).isEqualTo("ATTENTION");
  }

  @Test
  void anOverdueFollowUpIsFlaggedToTheSchoolsLeadOnce_withoutTheStudentOrAnyText() {
    SeenFile f = openForZhang("ATTENTION");
    SeenRecord r = files.record(a(counsellorA), f.id().value(), new MentalHealthFilesUseCase.RecordCommand(
        CareKind.OBSERVATION, LocalDate.of(2026, 2, 20), "课堂上多次走神", null, LocalDate.of(2026, 3, 2)));
    assertThat(app.overdueFollowUpFlagger().flagOverdue()).as("due today: not overdue yet").isZero();

    clock.set(NoticeWorld.MORNING.plus(java.time.Duration.ofDays(1)));
    assertThat(app.overdueFollowUpFlagger().flagOverdue()).isEqualTo(1);
    assertThat(app.overdueFollowUpFlagger().flagOverdue()).isEqualTo(1);

    var leads = app.alerts().mine(a(leadA), false, 0, 10).items();
    assertThat(leads).singleElement().satisfies(alert -> {
      assertThat(alert.kind()).isEqualTo(org.jiaolianti.domain.alert.AlertKind.FOLLOW_UP_OVERDUE);
      assertThat(alert.subjectId()).isEqualTo(r.id().value());
      assertThat(alert.text().zh()).contains("2026-03-02").doesNotContain("走神").doesNotContain("张");
    });
    assertThat(app.alerts().mine(a(counsellorA), false, 0, 10).items()).as("the school has a lead").isEmpty();

    files.completeFollowUp(a(counsellorA), f.id().value(), r.id().value(), false);
    assertThat(app.overdueFollowUpFlagger().flagOverdue()).isZero();
  }

  @Test
  void aTeacherSeesOnlyTheAttentionFlagOfTheirClasses() {
    openForZhang("ATTENTION");
    assertThat(files.attention(a(w.teacherA11), null)).singleElement().satisfies(flag -> {
      assertThat(flag.student()).isEqualTo(w.zhangXiaoming.id());
      assertThat(flag.maskedName()).isEqualTo(w.zhangXiaoming.maskedName()).doesNotContain("小");
    });
    assertThat(files.attention(a(w.teacherA11), w.a11.id().value())).hasSize(1);
    assertThat(files.attention(a(w.teacherA12), null)).isEmpty();
    assertThatThrownBy(() -> files.attention(a(w.teacherA11), w.a12.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.attention(a(counsellorA), null)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aRoutineLevelRaisesNoFlag() {
    openForZhang("ROUTINE");
    assertThat(files.attention(a(w.teacherA11), null)).isEmpty();
  }

  @Test
  void aGuardianSeesASummaryOfTheirOwnChildOnly() {
    openForZhang("KEY_ATTENTION");
    MentalHealthFilesUseCase.GuardianSummary s = files.summary(a(w.guardianZhang), w.zhangXiaoming.id().value());
    assertThat(s.fileExists()).isTrue();
    assertThat(s.levelShown()).isTrue();
    assertThat(s.levelLabel().zh()).isEqualTo("重点关注");
    assertThat(s.counsellorName()).isEqualTo("counsellor.a");
    assertThat(files.summary(a(w.guardianLi), w.liHuahua.id().value()).fileExists()).isFalse();
    assertThatThrownBy(() -> files.summary(a(w.guardianZhang), w.liHuahua.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.summary(a(w.teacherA11), w.zhangXiaoming.id().value()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void whenTheSeedHidesTheSummary_theGuardianGetsNone() {
    openForZhang("KEY_ATTENTION");
    var settings = TestPolicies.xiangan().localSettings();
    var mh = settings.mentalHealth();
    var hidden = new org.jiaolianti.domain.mentalhealth.MentalHealthSettings(mh.levels(), mh.categories(),
        mh.screeningIntervalMonths(), mh.scales(), mh.referralTimeLimits(), false, mh.breakGlassMinutes(),
        mh.smallCountThreshold(), mh.counsellorCoverageTarget(), mh.auditRetentionMonths());
    app.activate(TestPolicies.builder(TestPolicies.XIANGAN, "xiangan-test-2025-hidden",
        org.jiaolianti.domain.shared.Bilingual.of("翔安区", "Xiang'an District"))
        .localSettings(new org.jiaolianti.domain.policy.LocalSettings(settings.establishment(),
            settings.countedSchoolTypes(), settings.activitiesPerStudentPerTerm(), settings.homeSchool(),
            settings.feedback(), settings.workingCalendars(), hidden)).build());
    assertThatThrownBy(() -> files.summary(a(w.guardianZhang), w.zhangXiaoming.id().value()))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("guardianSummaryShown");
    assertThatThrownBy(() -> files.summary(a(w.guardianZhang), w.liHuahua.id().value()))
        .as("another family's child stays a 404").isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyReadAndWriteIsAudited_refusalsAsDenied_neverTheContent() {
    SeenFile f = openForZhang("ATTENTION");
    String id = f.id().value();
    files.get(a(counsellorA), id);
    files.list(a(officer), FileFilter.NONE, 0, 25);
    assertThatThrownBy(() -> files.get(a(counsellorB), id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.get(a(counsellorA), MentalHealthFileId.newId().value()))
        .isInstanceOf(NotFoundException.class);
    List<AuditEntry> events = events();
    assertThat(events).extracting(e -> e.action().name() + ":" + e.outcome())
        .containsExactly("CREATE:ALLOWED", "READ:ALLOWED", "LIST:ALLOWED", "READ:ALLOWED", "READ:DENIED",
            "READ:DENIED");
    assertThat(events.get(3).purpose()).as("one READ per file a list shows").isEqualTo("LIST");
    assertThat(events.get(3).subject().id()).isEqualTo(id);
    assertThat(events.get(4).actorUserId()).isEqualTo(counsellorB.id().value());
    assertThat(events.get(4).outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("普测").doesNotContain("亲子"));
  }
}
