package org.jiaolianti.application.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Safeguards;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.alert.Alerting;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Capacity;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Filter;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.OpenCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.RerouteCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Seen;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.StepCommand;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.mentalhealth.ReferralAction;
import org.jiaolianti.domain.mentalhealth.ReferralRules;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralStep;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.people.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The green channel (五(二)1) over the in-memory storage on {@link NoticeWorld}, with a recording guardian alert and
 * a clock moved by hand: consent refusal and the emergency path, every step by the right and the wrong side, every
 * illegal transition, the reroute link, breaches, who sees what, and the audit trail.
 */
class ReferralServiceTest {

  private static final String SUMMARY = "近两周情绪低落，多次表达轻生念头，已由心理教师初步评估";
  private static final Instant T0 = NoticeWorld.MORNING;

  private final Storage storage = InMemoryStorage.create();
  private final Clocks.SettableClock clock = Clocks.fixed(T0);
  private final Jiaolianti app = new Jiaolianti(storage, clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final RecordingAlerting alerts = new RecordingAlerting();
  private final ReferralsUseCase referrals = new ReferralService(storage.referrals(), storage.mentalHealthFiles(), storage.roster(),
      storage.schools(), storage.partners(), app.consentCheck(), storage.policies(), app.access(),
      new Audit(storage.auditTrail(), storage.transactions(), clock), Safeguards.ephemeral().fieldCipher(), alerts,
      storage.transactions(), clock, new CommandValidator());
  private final Partner hospital = partner("厦门市仙岳医院", SocialResourceKind.MEDICAL_INSTITUTION);
  private final Partner hospital2 = partner("翔安区医院心理科", SocialResourceKind.MEDICAL_INSTITUTION);
  private final Partner museum = partner("翔安区博物馆", SocialResourceKind.CULTURAL_VENUE);
  private final User counsellorA = user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorA2 = user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolA.id().value());
  private final User counsellorB = user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, w.schoolB.id().value());
  private final User officer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
  private final User clinician = user("clinician.1", Role.CLINICIAN, ScopeType.INSTITUTION, hospital.id().value());
  private final User clinician2 = user("clinician.2", Role.CLINICIAN, ScopeType.INSTITUTION, hospital2.id().value());

  /** Records every guardian alert, in order. */
  static final class RecordingAlerting implements Alerting {
    record Alert(StudentId student, AlertKind kind, String subjectId, Bilingual text) {}

    final List<Alert> guardianAlerts = new ArrayList<>();

    @Override
    public void alertUser(DistrictCode district, UserId recipient, AlertKind kind, String subjectType,
        String subjectId, Bilingual text) {
      throw new AssertionError("referrals alert guardians only");
    }

    @Override
    public void alertUserOnce(DistrictCode district, UserId recipient, AlertKind kind, String subjectType,
        String subjectId, Bilingual text) {
      throw new AssertionError("referrals alert guardians only");
    }

    @Override
    public void alertGuardiansOf(DistrictCode district, StudentId student, AlertKind kind, String subjectType,
        String subjectId, Bilingual text) {
      assertThat(subjectType).isEqualTo("REFERRAL");
      guardianAlerts.add(new Alert(student, kind, subjectId, text));
    }
  }

  private Partner partner(String name, SocialResourceKind kind) {
    return app.register().registerPartner(new RegisterPartnerCommand(NoticeWorld.D, PartnerKind.SOCIAL_RESOURCE_UNIT,
        name, null, null, kind));
  }

  private User user(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private void consent(Student s, ConsentPurpose purpose) {
    app.consents().record(w.actor(w.schoolAdminA), new ConsentsUseCase.RecordCommand(s.id().value(), purpose,
        GrantorKind.GUARDIAN, w.zhangFu.id().value(), ConsentMethod.WRITTEN_FORM, LocalDate.of(2026, 3, 1)));
  }

  private Seen open(User by, ReferralUrgency urgency, EmergencyReason reason) {
    return referrals.open(w.actor(by), new OpenCommand(w.zhangXiaoming.id().value(), hospital.id().value(), urgency,
        SUMMARY, reason));
  }

  private Seen step(User by, Seen r, ReferralAction action, String text) {
    return referrals.step(w.actor(by), new StepCommand(r.id().value(), action, r.version(), text));
  }

  /** One referral on consent driven to {@code status} by the right sides. */
  private Seen at(ReferralStatus status) {
    Seen r = open(counsellorA, ReferralUrgency.URGENT, null);
    switch (status) {
      case OPEN:
        return r;
      case REJECTED:
        return step(clinician, r, ReferralAction.REJECT, "床位已满");
      case WITHDRAWN:
        return step(counsellorA, r, ReferralAction.WITHDRAW, "家长带孩子另行就医");
      case REROUTED:
        referrals.reroute(w.actor(counsellorA), new RerouteCommand(r.id().value(), r.version(),
            hospital2.id().value(), "就近就医"));
        return referrals.get(w.actor(counsellorA), r.id().value());
      default:
        break;
    }
    r = step(clinician, r, ReferralAction.ACCEPT, null);
    if (status == ReferralStatus.ACCEPTED) {
      return r;
    }
    r = step(clinician, r, ReferralAction.RECORD_OUTCOME, "门诊诊疗");
    if (status == ReferralStatus.OUTCOME_RECORDED) {
      return r;
    }
    r = step(counsellorA, r, ReferralAction.RETURN_TO_SCHOOL, "每周谈心一次");
    return status == ReferralStatus.RETURNED_TO_SCHOOL ? r : step(counsellorA, r, ReferralAction.CLOSE, null);
  }

  private List<AuditEntry> referralEvents() {
    return storage.auditTrail().walk(DistrictCode.of(NoticeWorld.D), 0, 10_000).stream().map(AuditEvent::entry)
        .filter(e -> e.subject().type().equals("REFERRAL") || e.purpose().equals("OPEN")).toList();
  }

  private static String rule(Runnable call) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call::run);
    assertThat(e).as("a rule refusal").isNotNull();
    return e.decision().rule();
  }

  @Test
  void withoutAReferralConsentOnlyACrisisWithAReasonGoesAhead() {
    assertThat(rule(() -> open(counsellorA, ReferralUrgency.ROUTINE, null))).isEqualTo("CONSENT_MISSING_MEDICAL_REFERRAL");
    assertThat(rule(() -> open(counsellorA, ReferralUrgency.CRISIS, null))).isEqualTo("CONSENT_MISSING_MEDICAL_REFERRAL");
    assertThat(rule(() -> open(counsellorA, ReferralUrgency.URGENT, EmergencyReason.IMMINENT_RISK_TO_LIFE)))
        .isEqualTo("EMERGENCY_PATH_CRISIS_ONLY");
    consent(w.zhangXiaoming, ConsentPurpose.GENERAL_PROCESSING);
    consent(w.zhangXiaoming, ConsentPurpose.MENTAL_HEALTH_FILE);
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
        () -> open(counsellorA, ReferralUrgency.ROUTINE, null));
    assertThat(e.decision().reason().en()).contains("another purpose does not count");
    assertThat(e.decision().clause()).isEqualTo(ReferralRules.CLAUSE);
    assertThat(storage.referrals().all(DistrictCode.of(NoticeWorld.D))).isEmpty();
    assertThat(alerts.guardianAlerts).isEmpty();

    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    // the school's leaders are not among those the issue lets refer or read referrals ("nobody else")
    assertThatThrownBy(() -> open(w.schoolAdminA, ReferralUrgency.ROUTINE, null)).isInstanceOf(ForbiddenException.class);
    Seen r = open(counsellorA2, ReferralUrgency.ROUTINE, EmergencyReason.RISK_TO_OTHERS);
    assertThat(r.emergencyPath()).isFalse();
    assertThat(r.consent()).isNotNull();
    assertThat(r.emergencyReason()).isNull();
    assertThat(r.guardianInformedAt()).isNull();
    assertThat(alerts.guardianAlerts).extracting(RecordingAlerting.Alert::kind).containsExactly(AlertKind.REFERRAL_STEP);
    assertThat(referralEvents()).extracting(AuditEntry::purpose).contains("OPEN:CONSENT");
  }

  @Test
  void aRerouteNeedsTheReferralConsentStillInForce() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = open(counsellorA, ReferralUrgency.URGENT, null);
    var given = app.consents().ofStudent(w.actor(w.schoolAdminA), w.zhangXiaoming.id().value()).stream()
        .filter(c -> c.purpose() == ConsentPurpose.MEDICAL_REFERRAL).findFirst().orElseThrow();
    app.consents().revoke(w.actor(w.schoolAdminA), new ConsentsUseCase.RevokeCommand(given.id().value(), null));

    assertThat(rule(() -> referrals.reroute(w.actor(counsellorA), new RerouteCommand(r.id().value(), r.version(),
        hospital2.id().value(), "就近就医")))).isEqualTo("CONSENT_MISSING_MEDICAL_REFERRAL");
    assertThat(storage.referrals().all(DistrictCode.of(NoticeWorld.D))).hasSize(1);

    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen moved = referrals.reroute(w.actor(counsellorA), new RerouteCommand(r.id().value(), r.version(),
        hospital2.id().value(), "就近就医"));
    assertThat(moved.consent()).as("the consent in force now, not the revoked one").isNotNull()
        .isNotEqualTo(given.id());
  }

  @Test
  void aReferralLinksTheStudentsOpenFile_theInstitutionNeverSeesTheLink() {
    Seen before = open(counsellorA, ReferralUrgency.CRISIS, EmergencyReason.IMMINENT_RISK_TO_LIFE);
    assertThat(before.file()).as("a crisis may come before a file").isNull();
    var file = org.jiaolianti.domain.mentalhealth.MentalHealthFile.open(
        org.jiaolianti.domain.mentalhealth.MentalHealthFileId.newId(), DistrictCode.of(NoticeWorld.D),
        w.schoolA.id(), w.zhangXiaoming.id(), org.jiaolianti.domain.mentalhealth.FileTrigger.REFERRAL, "CRISIS",
        java.util.Set.of(), counsellorA.id(), counsellorA.id(), T0, "fc1:sealed-elsewhere");
    storage.mentalHealthFiles().add(file);

    Seen after = open(counsellorA, ReferralUrgency.CRISIS, EmergencyReason.IMMINENT_RISK_TO_LIFE);

    assertThat(after.file()).isEqualTo(file.id());
    assertThat(referrals.get(w.actor(clinician), after.id().value()).file()).isNull();
  }

  @Test
  void theEmergencyPathNeedsNoConsent_theGuardianIsInformedAfterwards_andItIsAudited() {
    Seen r = open(counsellorA, ReferralUrgency.CRISIS, EmergencyReason.IMMINENT_RISK_TO_LIFE);
    assertThat(r.status()).isEqualTo(ReferralStatus.OPEN);
    assertThat(r.emergencyPath()).isTrue();
    assertThat(r.emergencyReason()).isEqualTo(EmergencyReason.IMMINENT_RISK_TO_LIFE);
    assertThat(r.consent()).isNull();
    assertThat(r.guardianInformedAt()).isEqualTo(T0);
    assertThat(r.studentName()).isEqualTo("张小明");
    assertThat(alerts.guardianAlerts).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.REFERRAL_EMERGENCY);
      assertThat(a.student()).isEqualTo(w.zhangXiaoming.id());
      assertThat(a.subjectId()).isEqualTo(r.id().value());
      assertThat(a.text().zh() + a.text().en()).doesNotContain("轻生").doesNotContain(SUMMARY);
    });
    assertThat(referrals.get(w.actor(counsellorA), r.id().value()).guardianInformedAt()).isEqualTo(T0);
    AuditEntry opened = referralEvents().get(0);
    assertThat(opened.purpose()).isEqualTo("OPEN:EMERGENCY");
    assertThat(opened.outcome()).isEqualTo(AuditOutcome.ALLOWED);
    assertThat(opened.subject().id()).isEqualTo(r.id().value());
  }

  @Test
  void theWholeChannel_eachStepByItsSide_theGuardianAlertedAtEachStep() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = open(counsellorA, ReferralUrgency.CRISIS, null);
    assertThat(rule(() -> step(counsellorA, r, ReferralAction.ACCEPT, null))).isEqualTo("REFERRAL_WRONG_SIDE");
    assertThatThrownBy(() -> step(clinician2, r, ReferralAction.ACCEPT, null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> step(officer, r, ReferralAction.ACCEPT, null)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> step(counsellorB, r, ReferralAction.WITHDRAW, "x")).isInstanceOf(NotFoundException.class);
    Seen accepted = step(clinician, r, ReferralAction.ACCEPT, null);
    assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(accepted.version()).isEqualTo(r.version() + 1);
    assertThat(rule(() -> step(counsellorA, accepted, ReferralAction.RECORD_OUTCOME, "门诊")))
        .isEqualTo("REFERRAL_WRONG_SIDE");
    assertThat(rule(() -> step(clinician, accepted, ReferralAction.RECORD_OUTCOME, " ")))
        .isEqualTo("REFERRAL_OUTCOME_REQUIRED");
    Seen outcome = step(clinician, accepted, ReferralAction.RECORD_OUTCOME, "诊断为抑郁发作，门诊药物治疗");
    assertThat(outcome.outcomeNote()).isEqualTo("诊断为抑郁发作，门诊药物治疗");
    assertThat(rule(() -> step(clinician, outcome, ReferralAction.RETURN_TO_SCHOOL, "计划")))
        .isEqualTo("REFERRAL_WRONG_SIDE");
    assertThat(rule(() -> step(counsellorA, outcome, ReferralAction.RETURN_TO_SCHOOL, null)))
        .isEqualTo("REFERRAL_FOLLOW_UP_PLAN_REQUIRED");
    Seen back = step(counsellorA, outcome, ReferralAction.RETURN_TO_SCHOOL, "每周谈心一次，班主任关注");
    assertThat(back.followUpPlan()).isEqualTo("每周谈心一次，班主任关注");
    assertThat(rule(() -> step(clinician, back, ReferralAction.CLOSE, null))).isEqualTo("REFERRAL_WRONG_SIDE");
    assertThatThrownBy(() -> step(w.schoolAdminA, back, ReferralAction.CLOSE, null))
        .isInstanceOf(ForbiddenException.class);
    Seen closed = step(counsellorA2, back, ReferralAction.CLOSE, null);
    assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
    assertThat(closed.steps()).extracting(ReferralsUseCase.Step::status).containsExactly(ReferralStatus.OPEN,
        ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED, ReferralStatus.RETURNED_TO_SCHOOL,
        ReferralStatus.CLOSED);
    assertThat(alerts.guardianAlerts).extracting(RecordingAlerting.Alert::kind).containsOnly(AlertKind.REFERRAL_STEP)
        .hasSize(5);
    assertThat(alerts.guardianAlerts).allSatisfy(a -> assertThat(a.text().zh() + a.text().en())
        .doesNotContain("抑郁").doesNotContain("谈心"));
    assertThat(referralEvents()).filteredOn(e -> e.outcome() == AuditOutcome.ALLOWED).extracting(AuditEntry::purpose)
        .contains("OPEN:CONSENT", "STEP:ACCEPT", "STEP:RECORD_OUTCOME", "STEP:RETURN_TO_SCHOOL", "STEP:CLOSE");
    // the other institution, the officer, the other school and the school leader: each refusal is on the trail
    assertThat(referralEvents()).filteredOn(e -> e.outcome() == AuditOutcome.DENIED).hasSize(4);
    assertThat(referralEvents()).allSatisfy(e -> assertThat(e.purpose()).doesNotContain("抑郁"));
  }

  @Test
  void rejectAndWithdrawBelongToTheirSides_andNeedAReason() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = open(counsellorA, ReferralUrgency.URGENT, null);
    assertThat(rule(() -> step(counsellorA, r, ReferralAction.REJECT, "床位已满"))).isEqualTo("REFERRAL_WRONG_SIDE");
    assertThat(rule(() -> step(clinician, r, ReferralAction.WITHDRAW, "另行就医"))).isEqualTo("REFERRAL_WRONG_SIDE");
    assertThat(rule(() -> step(clinician, r, ReferralAction.REJECT, null))).isEqualTo("REFERRAL_REASON_REQUIRED");
    assertThat(rule(() -> step(counsellorA, r, ReferralAction.WITHDRAW, " "))).isEqualTo("REFERRAL_REASON_REQUIRED");
    Seen rejected = step(clinician, r, ReferralAction.REJECT, "床位已满");
    assertThat(rejected.status()).isEqualTo(ReferralStatus.REJECTED);
    // the institution sees its own rejection reason; the district officer sees no step notes
    assertThat(referrals.get(w.actor(clinician), r.id().value()).steps().get(1).note()).isEqualTo("床位已满");
    assertThat(referrals.get(w.actor(officer), r.id().value()).steps()).extracting(ReferralsUseCase.Step::note)
        .containsOnlyNulls();
    Seen withdrawn = step(counsellorA2, open(counsellorA, ReferralUrgency.URGENT, null), ReferralAction.WITHDRAW,
        "家长带孩子另行就医");
    assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(alerts.guardianAlerts).hasSize(4);
    assertThatThrownBy(() -> step(clinician, withdrawn, ReferralAction.REJECT, "x".repeat(1001)))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @EnumSource(ReferralStatus.class)
  void everyStepTheTableDoesNotListIsRefusedWithItsRule(ReferralStatus status) {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    for (ReferralAction action : ReferralAction.values()) {
      if (ReferralRules.isLegal(status, action)) {
        continue;
      }
      Seen r = at(status);
      User by = action.side() == ReferralAction.Side.SCHOOL ? counsellorA : clinician;
      String expected = status.terminal() ? "REFERRAL_ALREADY_ENDED"
          : action == ReferralAction.CLOSE && r.outcomeNote() == null ? "REFERRAL_CLOSE_NEEDS_OUTCOME"
          : "REFERRAL_TRANSITION_NOT_ALLOWED";
      String got = action == ReferralAction.REROUTE
          ? rule(() -> referrals.reroute(w.actor(by), new RerouteCommand(r.id().value(), r.version(),
              hospital2.id().value(), "另行安排")))
          : rule(() -> step(by, r, action, "说明"));
      assertThat(got).as("%s on %s", action, status).isEqualTo(expected);
      assertThat(referrals.get(w.actor(counsellorA), r.id().value()).status()).isEqualTo(status);
    }
  }

  @Test
  void aStaleVersionIsAConflict_andRerouteIsNotAPlainStep() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = open(counsellorA, ReferralUrgency.URGENT, null);
    step(clinician, r, ReferralAction.ACCEPT, null);
    ConflictException stale = catchThrowableOfType(ConflictException.class,
        () -> step(counsellorA, r, ReferralAction.WITHDRAW, "家长要求"));
    assertThat(stale.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
    assertThatThrownBy(() -> step(counsellorA, r, ReferralAction.REROUTE, "x"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRerouteEndsTheReferralAndOpensALinkedOneToTheOtherInstitution() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = step(clinician, open(counsellorA, ReferralUrgency.URGENT, null), ReferralAction.ACCEPT, null);
    assertThat(rule(() -> referrals.reroute(w.actor(counsellorA), new RerouteCommand(r.id().value(), r.version(),
        hospital.id().value(), "就近")))).isEqualTo("REFERRAL_REROUTE_SAME_INSTITUTION");
    assertThat(rule(() -> referrals.reroute(w.actor(clinician), new RerouteCommand(r.id().value(), r.version(),
        hospital2.id().value(), "就近")))).isEqualTo("REFERRAL_WRONG_SIDE");
    assertThatThrownBy(() -> referrals.reroute(w.actor(counsellorA), new RerouteCommand(r.id().value(), r.version(),
        museum.id().value(), "就近"))).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(x -> x.field())
            .containsExactly("institutionId"));
    clock.set(T0.plusSeconds(3600));
    Seen next = referrals.reroute(w.actor(counsellorA), new RerouteCommand(r.id().value(), r.version(),
        hospital2.id().value(), "就近就医"));
    assertThat(next.status()).isEqualTo(ReferralStatus.OPEN);
    assertThat(next.institution()).isEqualTo(hospital2.id());
    assertThat(next.reroutedFrom()).isEqualTo(r.id());
    assertThat(next.sharedSummary()).isEqualTo(SUMMARY);
    assertThat(next.openedAt()).isEqualTo(T0.plusSeconds(3600));
    Seen ended = referrals.get(w.actor(counsellorA), r.id().value());
    assertThat(ended.status()).isEqualTo(ReferralStatus.REROUTED);
    assertThat(ended.reroutedTo()).isEqualTo(next.id());
    assertThat(ended.steps().get(ended.steps().size() - 1).note()).isEqualTo("就近就医");
    // each institution sees its own referral only; the new one's clinician accepts it
    assertThat(referrals.get(w.actor(clinician), r.id().value()).reroutedTo()).isNull();
    assertThatThrownBy(() -> referrals.get(w.actor(clinician), next.id().value())).isInstanceOf(NotFoundException.class);
    assertThat(step(clinician2, next, ReferralAction.ACCEPT, null).status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void breachesFollowTheSeedLimitsOnTheInjectedClock() {
    Seen r = open(counsellorA, ReferralUrgency.CRISIS, EmergencyReason.SERIOUS_RISK_TO_HEALTH);
    clock.set(T0.plus(Duration.ofHours(24)));
    assertThat(referrals.get(w.actor(counsellorA), r.id().value()).breaches()).isEmpty();
    assertThat(referrals.breaches(w.actor(officer))).isEmpty();
    clock.set(T0.plus(Duration.ofHours(24)).plusSeconds(1));
    Seen late = referrals.get(w.actor(officer), r.id().value());
    assertThat(late.breaches()).singleElement().satisfies(b -> {
      assertThat(b.step()).isEqualTo(ReferralStep.ACCEPTANCE);
      assertThat(b.due()).isEqualTo(T0.plus(Duration.ofHours(24)));
      assertThat(b.doneAt()).isNull();
    });
    assertThat(referrals.breaches(w.actor(officer))).extracting(Seen::id).containsExactly(r.id());
    assertThat(referrals.breaches(w.actor(counsellorA))).extracting(Seen::id).containsExactly(r.id());
    assertThat(referrals.breaches(w.actor(counsellorB))).isEmpty();
    assertThat(referrals.breaches(w.actor(clinician2))).isEmpty();
    clock.set(T0.plus(Duration.ofHours(30)));
    Seen accepted = step(clinician, late, ReferralAction.ACCEPT, null);
    assertThat(accepted.breaches()).singleElement()
        .satisfies(b -> assertThat(b.doneAt()).isEqualTo(T0.plus(Duration.ofHours(30))));
  }

  @Test
  void whoSeesWhat() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = at(ReferralStatus.RETURNED_TO_SCHOOL);
    String id = r.id().value();
    Seen school = referrals.get(w.actor(counsellorA), id);
    assertThat(school.capacity()).isEqualTo(Capacity.SCHOOL);
    assertThat(school.followUpPlan()).isEqualTo("每周谈心一次");
    assertThat(school.consent()).isNotNull();

    Seen clinic = referrals.get(w.actor(clinician), id);
    assertThat(clinic.capacity()).isEqualTo(Capacity.INSTITUTION);
    assertThat(clinic.studentName()).isEqualTo("张*明");
    assertThat(clinic.studentAge()).isEqualTo(8);
    assertThat(clinic.schoolName()).isEqualTo(w.schoolA.name());
    assertThat(clinic.sharedSummary()).isEqualTo(SUMMARY);
    assertThat(clinic.outcomeNote()).isEqualTo("门诊诊疗");
    assertThat(clinic.followUpPlan()).isNull();
    assertThat(clinic.consent()).isNull();
    assertThat(clinic.guardianInformedAt()).isNull();

    Seen district = referrals.get(w.actor(officer), id);
    assertThat(district.capacity()).isEqualTo(Capacity.DISTRICT);
    assertThat(district.sharedSummary()).isEqualTo(SUMMARY);
    assertThat(district.outcomeNote()).isNull();
    assertThat(district.followUpPlan()).isNull();
    assertThat(district.consent()).isNull();

    assertThatThrownBy(() -> referrals.get(w.actor(clinician2), id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> referrals.get(w.actor(counsellorB), id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> referrals.get(w.actor(w.teacherA11), id)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> referrals.get(w.actor(w.guardianZhang), id)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> referrals.get(w.actor(counsellorA), "no-such")).isInstanceOf(NotFoundException.class);
    assertThat(referrals.list(w.actor(counsellorB), Filter.NONE, 0, 25).total()).isZero();
    assertThat(referrals.list(w.actor(clinician2), Filter.NONE, 0, 25).total()).isZero();
    assertThat(referrals.list(w.actor(officer), Filter.NONE, 0, 25).items()).extracting(Seen::id)
        .containsExactly(r.id());
    assertThat(referrals.list(w.actor(counsellorA), new Filter(ReferralStatus.CLOSED, null, null), 0, 25).total())
        .isZero();
    assertThat(referrals.list(w.actor(counsellorA), new Filter(null, w.schoolA.id().value(),
        w.zhangXiaoming.id().value()), 0, 25).total()).isEqualTo(1);
    assertThatThrownBy(() -> referrals.list(w.actor(w.teacherA11), Filter.NONE, 0, 25))
        .isInstanceOf(ForbiddenException.class);
    assertThat(referralEvents()).filteredOn(e -> e.outcome() == AuditOutcome.DENIED)
        .extracting(e -> e.action().name()).containsOnly("READ", "LIST");
  }

  @Test
  void openingChecksTheStudentTheInstitutionAndTheRole() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    assertThatThrownBy(() -> open(counsellorB, ReferralUrgency.URGENT, null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> open(w.teacherA11, ReferralUrgency.URGENT, null)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> open(clinician, ReferralUrgency.URGENT, null)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> referrals.open(w.actor(counsellorA), new OpenCommand(w.zhangXiaoming.id().value(),
        museum.id().value(), ReferralUrgency.URGENT, SUMMARY, null))).isInstanceOf(InvalidInputException.class);
    assertThat(rule(() -> referrals.open(w.actor(counsellorA), new OpenCommand(w.zhangXiaoming.id().value(),
        hospital.id().value(), ReferralUrgency.URGENT, "  ", null)))).isEqualTo("REFERRAL_SUMMARY_REQUIRED");
    assertThat(referralEvents()).filteredOn(e -> e.outcome() == AuditOutcome.DENIED).hasSize(3)
        .allSatisfy(e -> assertThat(e.subject().type()).isEqualTo("STUDENT"));
  }

  @Test
  void theFreeTextIsStoredSealed() {
    consent(w.zhangXiaoming, ConsentPurpose.MEDICAL_REFERRAL);
    Seen r = at(ReferralStatus.RETURNED_TO_SCHOOL);
    var stored = storage.referrals().byId(DistrictCode.of(NoticeWorld.D), r.id()).orElseThrow();
    assertThat(stored.sharedSummary()).startsWith("fc1:").doesNotContain("情绪");
    assertThat(stored.outcomeNote()).startsWith("fc1:").doesNotContain("门诊");
    assertThat(stored.followUpPlan()).startsWith("fc1:").doesNotContain("谈心");
  }
}
