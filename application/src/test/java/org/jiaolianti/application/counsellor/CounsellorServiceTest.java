package org.jiaolianti.application.counsellor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.Coverage;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.EndCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.LeadCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.TrainingCommand;
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
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Test;

/** The counsellor team (五(二)3) over the in-memory storage on {@link NoticeWorld}'s two schools, 2026-03-02. */
class CounsellorServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
  private final Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.fixed(NoticeWorld.MORNING))
      .activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final User counsellorA = user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorA2 = user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorB = user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolB.id().value());
  private final User mhOfficer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);

  private User user(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private CounsellorPost register(User by, School school, User counsellor, PostKind kind, boolean lead) {
    return app.counsellors().register(w.actor(by), new RegisterCommand(school.id().value(),
        counsellor.id().value(), kind, lead, FROM, null));
  }

  @Test
  void registerEndAndOneLeadPerSchool() {
    CounsellorPost lead = register(w.schoolAdminA, w.schoolA, counsellorA, PostKind.FULL_TIME, true);
    CounsellorPost second = register(mhOfficer, w.schoolA, counsellorA2, PostKind.PART_TIME, false);
    RuleViolationException twoLeads = catchThrowableOfType(RuleViolationException.class,
        () -> app.counsellors().setLead(w.actor(w.admin), new LeadCommand(second.id().value(), true)));
    assertThat(twoLeads.decision().rule()).isEqualTo("COUNSELLOR_ONE_LEAD_PER_SCHOOL");
    assertThat(twoLeads.decision().clause().toString()).contains("五(二)3");
    RuleViolationException overlap = catchThrowableOfType(RuleViolationException.class,
        () -> register(w.admin, w.schoolA, counsellorA, PostKind.PART_TIME, false));
    assertThat(overlap.decision().rule()).isEqualTo("COUNSELLOR_POST_OVERLAP");

    CounsellorPost unmarked = app.counsellors().setLead(w.actor(w.schoolAdminA),
        new LeadCommand(lead.id().value(), false));
    assertThat(unmarked.lead()).isFalse();
    assertThat(unmarked.version()).isEqualTo(1);
    assertThat(app.counsellors().setLead(w.actor(w.schoolAdminA), new LeadCommand(second.id().value(), true)).lead())
        .isTrue();
    CounsellorPost ended = app.counsellors().end(w.actor(w.schoolAdminA),
        new EndCommand(lead.id().value(), LocalDate.of(2026, 3, 1)));
    assertThat(ended.period().validTo()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(app.counsellors().list(w.actor(w.admin), w.schoolA.id().value(), TODAY)).extracting(p -> p.id())
        .containsExactly(second.id());
    assertThat(app.counsellors().list(w.actor(w.admin), null, null)).hasSize(2);
    assertThatThrownBy(() -> app.counsellors().end(w.actor(w.admin),
        new EndCommand(lead.id().value(), LocalDate.of(2026, 3, 2)))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theCounsellorMustHoldTheCounsellorRole() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> register(w.admin, w.schoolA, w.teacherA11, PostKind.FULL_TIME, false));
    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("counsellorId");
  }

  @Test
  void aSchoolManagesItsOwn_aCounsellorReadsTheirOwnAndLogsTheirTraining() {
    CounsellorPost a = register(w.admin, w.schoolA, counsellorA, PostKind.FULL_TIME, false);
    CounsellorPost b = register(w.admin, w.schoolB, counsellorB, PostKind.PART_TIME, false);
    assertThatThrownBy(() -> register(w.schoolAdminA, w.schoolB, counsellorB, PostKind.FULL_TIME, false))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.counsellors().end(w.actor(w.schoolAdminA), new EndCommand(b.id().value(), TODAY)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.counsellors().list(w.actor(w.schoolAdminA), w.schoolB.id().value(), null))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.counsellors().list(w.actor(w.schoolAdminA), null, null)).extracting(p -> p.id())
        .containsExactly(a.id());
    assertThat(app.counsellors().list(w.actor(counsellorA), null, null)).extracting(p -> p.id())
        .containsExactly(a.id());
    assertThatThrownBy(() -> app.counsellors().list(w.actor(w.teacherA11), null, null))
        .isInstanceOf(ForbiddenException.class);

    TrainingRecord t = app.counsellors().logTraining(w.actor(counsellorA), new TrainingCommand(a.id().value(),
        LocalDate.of(2026, 1, 10), new BigDecimal("1.5"), List.of(" 危机干预 ", "沙盘")));
    assertThat(t.counsellor()).isEqualTo(counsellorA.id());
    assertThat(t.recordedBy()).isEqualTo(counsellorA.id());
    assertThat(t.topics()).containsExactly("危机干预", "沙盘");
    app.counsellors().logTraining(w.actor(mhOfficer), new TrainingCommand(a.id().value(), LocalDate.of(2025, 12, 1),
        new BigDecimal("8"), List.of("心理普测")));
    assertThat(app.counsellors().trainings(w.actor(counsellorA), a.id().value())).extracting(r -> r.on())
        .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 10));
    assertThatThrownBy(() -> app.counsellors().trainings(w.actor(counsellorA), b.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.counsellors().logTraining(w.actor(counsellorA), new TrainingCommand(
        b.id().value(), TODAY, BigDecimal.ONE, List.of("x")))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.counsellors().trainings(w.actor(w.schoolAdminA), a.id().value()))
        .isInstanceOf(ForbiddenException.class);
    InvalidInputException hours = catchThrowableOfType(InvalidInputException.class,
        () -> app.counsellors().logTraining(w.actor(counsellorA), new TrainingCommand(a.id().value(), TODAY,
            new BigDecimal("0.25"), List.of("x"))));
    assertThat(hours.errors()).extracting(f -> f.field()).containsExactly("hours");
    assertThatThrownBy(() -> app.counsellors().logTraining(w.actor(counsellorA), new TrainingCommand(a.id().value(),
        TODAY, new BigDecimal("1.3"), List.of("x")))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void coverageCountsSchoolsWithAFullOrPartTimeTeacherAgainstTheSeedTarget() {
    Coverage none = app.counsellors().coverage(w.actor(w.admin), TODAY);
    assertThat(none.without()).extracting(School::id).containsExactly(w.schoolA.id(), w.schoolB.id());
    assertThat(none.share()).isEqualByComparingTo("0");
    assertThat(none.target()).isEqualByComparingTo(MentalHealthSettings.DEFAULT_COUNSELLOR_COVERAGE_TARGET);
    assertThat(none.gap()).isEqualByComparingTo("0.95");
    register(w.admin, w.schoolB, counsellorB, PostKind.PART_TIME, false);
    Coverage half = app.counsellors().coverage(w.actor(mhOfficer), TODAY);
    assertThat(half.withFullTime()).isEmpty();
    assertThat(half.withPartTimeOnly()).extracting(School::id).containsExactly(w.schoolB.id());
    assertThat(half.without()).extracting(School::id).containsExactly(w.schoolA.id());
    assertThat(half.share()).isEqualByComparingTo("0.5");
    assertThat(half.gap()).isEqualByComparingTo("0.45");
    assertThat(half.met()).isFalse();
    register(w.admin, w.schoolA, counsellorA, PostKind.FULL_TIME, false);
    Coverage full = app.counsellors().coverage(w.actor(w.admin), TODAY);
    assertThat(full.withFullTime()).extracting(School::id).containsExactly(w.schoolA.id());
    assertThat(full.gap()).isEqualByComparingTo("0");
    assertThat(full.met()).isTrue();
    assertThat(app.counsellors().coverage(w.actor(w.admin), LocalDate.of(2025, 8, 31)).without()).hasSize(2);
    assertThatThrownBy(() -> app.counsellors().coverage(w.actor(w.schoolAdminA), TODAY))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.counsellors().coverage(w.actor(counsellorA), TODAY))
        .isInstanceOf(ForbiddenException.class);
  }
}
