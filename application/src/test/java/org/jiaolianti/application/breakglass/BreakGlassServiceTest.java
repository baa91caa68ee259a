package org.jiaolianti.application.breakglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase.StartCommand;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses.Stored;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
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
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Break-glass (五(二)2) over the in-memory storage on {@link NoticeWorld}, with a clock moved by hand. */
class BreakGlassServiceTest {

  private static final String REASON = "危机评估：需要立即查阅谈话记录";
  private final Storage storage = InMemoryStorage.create();
  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Jiaolianti app = new Jiaolianti(storage, clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final User officer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
  private final User officer2 = user("mh.officer2", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
  private final User auditor = user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null);
  private final User leadA = user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorA2 = user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());

  BreakGlassServiceTest() {
    app.counsellors().register(w.actor(w.admin), new RegisterCommand(w.schoolA.id().value(), leadA.id().value(),
        PostKind.FULL_TIME, true, LocalDate.of(2025, 9, 1), null));
  }

  private User user(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private Stored start(User by, Student student) {
    return app.breakGlass().start(w.actor(by), new StartCommand(student.id().value(), REASON));
  }

  private List<AuditEntry> breakGlassEvents() {
    return storage.auditTrail().walk(DistrictCode.of(NoticeWorld.D), 0, 1000).stream().map(AuditEvent::entry)
        .filter(e -> e.action() == AuditAction.BREAK_GLASS_START || e.action() == AuditAction.BREAK_GLASS_STOP)
        .toList();
  }

  @Test
  void expiresAfterTheSeedMinutes_theStopIsAuditedOnceOnTheNextRead() {
    Stored s = start(officer, w.zhangXiaoming);
    assertThat(s.access().expiresAt()).isEqualTo(NoticeWorld.MORNING.plus(Duration.ofMinutes(60)));
    assertThat(s.schoolLead()).isEqualTo(leadA.id());
    clock.set(NoticeWorld.MORNING.plus(Duration.ofMinutes(60)).minusSeconds(1));
    assertThat(app.breakGlassCheck().active(w.actor(officer), w.zhangXiaoming.id())).isTrue();
    assertThat(app.breakGlassCheck().active(w.actor(officer2), w.zhangXiaoming.id())).isFalse();
    assertThat(app.breakGlassCheck().active(w.actor(officer), w.liHuahua.id())).isFalse();
    clock.set(NoticeWorld.MORNING.plus(Duration.ofMinutes(60)));
    assertThat(app.breakGlassCheck().active(w.actor(officer), w.zhangXiaoming.id())).isFalse();
    assertThat(breakGlassEvents()).extracting(AuditEntry::action).containsExactly(AuditAction.BREAK_GLASS_START);

    assertThat(app.breakGlass().get(w.actor(officer), s.access().id().value()).endAudited()).isTrue();
    app.breakGlass().list(w.actor(officer), null);
    app.breakGlass().get(w.actor(auditor), s.access().id().value());
    List<AuditEntry> events = breakGlassEvents();
    assertThat(events).extracting(AuditEntry::action)
        .containsExactly(AuditAction.BREAK_GLASS_START, AuditAction.BREAK_GLASS_STOP);
    assertThat(events.get(1).purpose()).isEqualTo("BREAK_GLASS_EXPIRED:" + s.access().id().value() + "@"
        + s.access().expiresAt());
    RuleViolationException ended = catchThrowableOfType(RuleViolationException.class,
        () -> app.breakGlass().stop(w.actor(officer), s.access().id().value()));
    assertThat(ended.decision().rule()).isEqualTo("BREAK_GLASS_NOT_ACTIVE");
  }

  @Test
  void theExpirySweepWritesTheStopOnce_withoutAnyoneReadingTheAccess() {
    Stored s = start(officer, w.zhangXiaoming);
    assertThat(app.breakGlassExpiry().closeExpired()).as("still active").isZero();
    clock.set(NoticeWorld.MORNING.plus(Duration.ofMinutes(61)));

    assertThat(app.breakGlassExpiry().closeExpired()).isEqualTo(1);
    assertThat(app.breakGlassExpiry().closeExpired()).as("once").isZero();

    List<AuditEntry> events = breakGlassEvents();
    assertThat(events).extracting(AuditEntry::action)
        .containsExactly(AuditAction.BREAK_GLASS_START, AuditAction.BREAK_GLASS_STOP);
    assertThat(events.get(1).purpose()).isEqualTo("BREAK_GLASS_EXPIRED:" + s.access().id().value() + "@"
        + s.access().expiresAt());
    assertThat(events.get(1).actorUsername()).isEqualTo("system");
  }

  @Test
  void theOfficerStopsEarly_startAndStopAreAuditedWithoutTheReason() {
    Stored s = start(officer, w.zhangXiaoming);
    assertThatThrownBy(() -> start(officer, w.zhangXiaoming)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> app.breakGlass().stop(w.actor(officer2), s.access().id().value()))
        .isInstanceOf(NotFoundException.class);
    clock.set(NoticeWorld.MORNING.plusSeconds(600));
    Stored stopped = app.breakGlass().stop(w.actor(officer), s.access().id().value());
    assertThat(stopped.access().stoppedAt()).isEqualTo(NoticeWorld.MORNING.plusSeconds(600));
    assertThat(app.breakGlassCheck().active(w.actor(officer), w.zhangXiaoming.id())).isFalse();
    clock.set(NoticeWorld.MORNING.plus(Duration.ofHours(2)));
    app.breakGlass().list(w.actor(officer), null);

    List<AuditEntry> events = breakGlassEvents();
    assertThat(events).extracting(AuditEntry::action)
        .containsExactly(AuditAction.BREAK_GLASS_START, AuditAction.BREAK_GLASS_STOP);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.subject().type()).isEqualTo("STUDENT");
      assertThat(e.subject().id()).isEqualTo(w.zhangXiaoming.id().value());
      assertThat(e.purpose()).isEqualTo("BREAK_GLASS:" + s.access().id().value());
      assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
      assertThat(e.actorUserId()).isEqualTo(officer.id().value());
      assertThat(e.toString()).doesNotContain("危机评估").doesNotContain("谈话记录");
    });
  }

  @Test
  void theLeadOfTheSchoolSeesIt_otherCounsellorsAndSchoolsDoNot() {
    Stored a = start(officer, w.zhangXiaoming);
    Stored b = start(officer2, w.chenChenchen);
    assertThat(app.breakGlass().list(w.actor(leadA), w.schoolA.id().value())).extracting(s -> s.access().id())
        .containsExactly(a.access().id());
    assertThat(app.breakGlass().list(w.actor(leadA), null)).extracting(s -> s.access().id())
        .containsExactly(a.access().id());
    assertThat(app.breakGlass().get(w.actor(leadA), a.access().id().value()).access().reason()).isEqualTo(REASON);
    assertThat(app.breakGlass().list(w.actor(counsellorA2), null)).isEmpty();
    assertThatThrownBy(() -> app.breakGlass().get(w.actor(counsellorA2), a.access().id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.breakGlass().list(w.actor(leadA), w.schoolB.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.breakGlass().list(w.actor(officer), null)).extracting(s -> s.access().id())
        .containsExactly(a.access().id());
    assertThat(app.breakGlass().list(w.actor(auditor), null)).hasSize(2);
    assertThatThrownBy(() -> app.breakGlass().list(w.actor(w.teacherA11), null))
        .isInstanceOf(ForbiddenException.class);
    assertThat(b.schoolLead()).isNull();
  }

  @Test
  void aTeacherIsForbidden_anotherDistrictsStudentIsNotFound_theReasonIsRequired() {
    assertThatThrownBy(() -> start(w.teacherA11, w.zhangXiaoming)).isInstanceOf(ForbiddenException.class);
    Student huli = new Student(StudentId.newId(), DistrictCode.of("350206"), w.schoolA.id(), null, "湖里学生",
        w.zhangXiaoming.gender(), w.zhangXiaoming.birthDate(), null, 0);
    storage.roster().addStudent(huli);
    assertThatThrownBy(() -> start(officer, huli)).isInstanceOf(NotFoundException.class);
    InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
        () -> app.breakGlass().start(w.actor(officer), new StartCommand(w.zhangXiaoming.id().value(), " ")));
    assertThat(missing.errors()).extracting(f -> f.field()).contains("reason");
    List<AuditEntry> denied = breakGlassEvents();
    assertThat(denied).extracting(AuditEntry::outcome).containsExactly(AuditOutcome.DENIED, AuditOutcome.DENIED);
  }

  @Test
  void openingAlertsTheSchoolsLead_whoAndUntilWhen_neverTheReason() {
    Stored a = start(officer, w.zhangXiaoming);
    var leadAlerts = app.alerts().mine(w.actor(leadA), false, 0, 10).items();
    assertThat(leadAlerts).singleElement().satisfies(alert -> {
      assertThat(alert.kind()).isEqualTo(org.jiaolianti.domain.alert.AlertKind.BREAK_GLASS_OPENED);
      assertThat(alert.subjectType()).isEqualTo("BREAK_GLASS");
      assertThat(alert.subjectId()).isEqualTo(a.access().id().value());
      assertThat(alert.text().zh()).contains("mh.officer").contains("2026-03-02 11:00").doesNotContain(REASON);
      assertThat(alert.text().en()).contains("mh.officer").contains("2026-03-02 11:00").doesNotContain(REASON);
      assertThat(alert.guardian()).isNull();
    });
    // nobody else is alerted; a school without a lead alerts nobody; a refused start alerts nobody
    assertThat(app.alerts().mine(w.actor(counsellorA2), false, 0, 10).items()).isEmpty();
    start(officer, w.chenChenchen);
    assertThatThrownBy(() -> start(officer, w.zhangXiaoming)).isInstanceOf(RuleViolationException.class);
    assertThat(app.alerts().mine(w.actor(leadA), false, 0, 10).total()).isEqualTo(1);
  }
}
