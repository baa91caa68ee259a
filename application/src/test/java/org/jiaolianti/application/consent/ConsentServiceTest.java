package org.jiaolianti.application.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RevokeCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
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
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * Consents over the in-memory storage, on {@link NoticeWorld}'s roster (2026-03-02; its children are 8): who records
 * for whom, the age rules of ConsentRules, revocation, and the in-force check other use cases call. A 15-year-old
 * (张父's second child, school A) is added here.
 */
class ConsentServiceTest {

  private static final DistrictCode D = DistrictCode.of(NoticeWorld.D);
  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final Student teen = app.roster().enrol(new EnrolStudentCommand(NoticeWorld.D, w.schoolA.id().value(),
      w.a21.id().value(), "张大明", Gender.MALE, LocalDate.of(2010, 6, 1), "G350213201006010021"));
  private final User counsellorA = staff("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User schoolAdminB = staff("school.b.admin", Role.SCHOOL_ADMIN, ScopeType.SCHOOL,
      w.schoolB.id().value());
  private final User mhOfficer = staff("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);

  ConsentServiceTest() {
    app.roster().link(new LinkGuardianCommand(NoticeWorld.D, w.zhangFu.id().value(), teen.id().value(),
        GuardianRelation.FATHER));
  }

  private User staff(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private Consent asGuardian(User guardian, Student child, ConsentPurpose purpose) {
    return app.consents().record(w.actor(guardian), new RecordCommand(child.id().value(), purpose, null, null, null,
        null));
  }

  private Consent onPaper(User staff, Student child, GrantorKind kind, String guardianId) {
    return app.consents().record(w.actor(staff), new RecordCommand(child.id().value(),
        ConsentPurpose.MENTAL_HEALTH_FILE, kind, guardianId, null, LocalDate.of(2026, 2, 27)));
  }

  @Test
  void aGuardianConsentsForTheirOwnChild_asThemselfInTheApp_anotherChildIsNotFound() {
    Consent c = asGuardian(w.guardianZhang, w.zhangXiaoming, ConsentPurpose.MENTAL_HEALTH_FILE);
    assertThat(c.grantorKind()).isEqualTo(GrantorKind.GUARDIAN);
    assertThat(c.guardian()).isEqualTo(w.zhangFu.id());
    assertThat(c.method()).isEqualTo(ConsentMethod.IN_APP);
    assertThat(c.grantedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(c.recordedBy()).isEqualTo(w.guardianZhang.id());

    assertThatThrownBy(() -> asGuardian(w.guardianZhang, w.liHuahua, ConsentPurpose.MENTAL_HEALTH_FILE))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.consents().ofStudent(w.actor(w.guardianZhang), w.liHuahua.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.consents().record(w.actor(w.guardianZhang), new RecordCommand(
        w.zhangXiaoming.id().value(), ConsentPurpose.GENERAL_PROCESSING, GrantorKind.STUDENT, null, null, null)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("grantor"));
    assertThat(app.consents().ofStudent(w.actor(w.guardianZhang), w.zhangXiaoming.id().value()))
        .extracting(Consent::id).containsExactly(c.id());
  }

  @Test
  void schoolStaffRecordPaperForms_namingTheGuardianOrTheStudent_otherSchoolsAreNotFound() {
    Consent byGuardian = onPaper(counsellorA, w.liHuahua, GrantorKind.GUARDIAN, w.liMu.id().value());
    assertThat(byGuardian.method()).isEqualTo(ConsentMethod.WRITTEN_FORM);
    assertThat(byGuardian.guardian()).isEqualTo(w.liMu.id());
    assertThat(byGuardian.grantedOn()).isEqualTo(LocalDate.of(2026, 2, 27));

    Consent byTeen = onPaper(w.schoolAdminA, teen, GrantorKind.STUDENT, null);
    assertThat(byTeen.grantorKind()).isEqualTo(GrantorKind.STUDENT);
    assertThat(byTeen.guardian()).isNull();

    RuleViolationException unlinked = catchThrowableOfType(RuleViolationException.class,
        () -> onPaper(counsellorA, w.liHuahua, GrantorKind.GUARDIAN, w.zhangFu.id().value()));
    assertThat(unlinked.decision().rule()).isEqualTo("CONSENT_GUARDIAN_NOT_LINKED");
    assertThatThrownBy(() -> onPaper(schoolAdminB, w.liHuahua, GrantorKind.GUARDIAN, w.liMu.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> onPaper(w.teacherA11, w.liHuahua, GrantorKind.GUARDIAN, w.liMu.id().value()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> onPaper(counsellorA, w.liHuahua, null, null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("grantor"));
    assertThatThrownBy(() -> app.consents().record(w.actor(counsellorA), new RecordCommand(w.liHuahua.id().value(),
        ConsentPurpose.MENTAL_HEALTH_FILE, GrantorKind.GUARDIAN, w.liMu.id().value(), ConsentMethod.IN_APP, null)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("method"));

    assertThat(app.consents().ofStudent(w.actor(mhOfficer), w.liHuahua.id().value())).extracting(Consent::id)
        .containsExactly(byGuardian.id());
    assertThatThrownBy(() -> app.consents().ofStudent(w.actor(schoolAdminB), w.liHuahua.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.consents().ofStudent(w.actor(w.admin), w.liHuahua.id().value()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> onPaper(mhOfficer, w.liHuahua, GrantorKind.GUARDIAN, w.liMu.id().value()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void underFourteenOnlyAGuardianConsents_fromFourteenTheStudentToo() {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
        () -> onPaper(w.schoolAdminA, w.zhangXiaoming, GrantorKind.STUDENT, null));
    assertThat(e.decision().rule()).isEqualTo("CONSENT_UNDER_14_GUARDIAN_ONLY");
    assertThat(e.decision().clause().toString()).contains("五(二)2");
    assertThat(app.consents().ofStudent(w.actor(w.schoolAdminA), w.zhangXiaoming.id().value())).isEmpty();

    assertThat(asGuardian(w.guardianZhang, teen, ConsentPurpose.MEDICAL_REFERRAL).grantorKind())
        .isEqualTo(GrantorKind.GUARDIAN);
    assertThat(onPaper(counsellorA, teen, GrantorKind.STUDENT, null).grantorKind()).isEqualTo(GrantorKind.STUDENT);
  }

  @Test
  void aRevocationEndsTheConsentOnItsDay_onlyOnce_andTheCheckSeesPurposesSeparately() {
    Consent general = asGuardian(w.guardianZhang, w.zhangXiaoming, ConsentPurpose.GENERAL_PROCESSING);
    Consent file = asGuardian(w.guardianZhang, w.zhangXiaoming, ConsentPurpose.MENTAL_HEALTH_FILE);
    LocalDate today = LocalDate.of(2026, 3, 2);
    assertThat(app.consentCheck().inForce(D, w.zhangXiaoming.id(), ConsentPurpose.MENTAL_HEALTH_FILE, today))
        .isTrue();
    assertThat(app.consentCheck().inForce(D, w.zhangXiaoming.id(), ConsentPurpose.MEDICAL_REFERRAL, today))
        .isFalse();
    assertThat(app.consentCheck().require(D, w.zhangXiaoming.id(), ConsentPurpose.MEDICAL_REFERRAL, today)
        .isAllowed()).isFalse();

    assertThatThrownBy(() -> app.consents().revoke(w.actor(w.guardianLi), new RevokeCommand(file.id().value(),
        null))).isInstanceOf(NotFoundException.class);
    Consent revoked = app.consents().revoke(w.actor(counsellorA), new RevokeCommand(file.id().value(), null));
    assertThat(revoked.revokedOn()).isEqualTo(today);
    assertThat(revoked.revokedBy()).isEqualTo(counsellorA.id());
    assertThat(revoked.revokeMethod()).isEqualTo(ConsentMethod.WRITTEN_FORM);
    assertThat(app.consentCheck().inForce(D, w.zhangXiaoming.id(), ConsentPurpose.MENTAL_HEALTH_FILE, today))
        .isFalse();
    assertThat(app.consentCheck().inForce(D, w.zhangXiaoming.id(), ConsentPurpose.GENERAL_PROCESSING, today))
        .isTrue();
    RuleViolationException again = catchThrowableOfType(RuleViolationException.class,
        () -> app.consents().revoke(w.actor(w.guardianZhang), new RevokeCommand(file.id().value(), null)));
    assertThat(again.decision().rule()).isEqualTo("CONSENT_ALREADY_REVOKED");
    Consent byGuardian = app.consents().revoke(w.actor(w.guardianZhang), new RevokeCommand(general.id().value(),
        null));
    assertThat(byGuardian.revokeMethod()).isEqualTo(ConsentMethod.IN_APP);
    assertThat(app.consents().ofStudent(w.actor(w.guardianZhang), w.zhangXiaoming.id().value()))
        .allMatch(Consent::revoked).hasSize(2);
  }
}
