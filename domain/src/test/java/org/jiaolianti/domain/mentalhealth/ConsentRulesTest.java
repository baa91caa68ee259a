package org.jiaolianti.domain.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Who may consent by age (the 14th birthday boundary), purpose separation, revocation and the emergency path. */
class ConsentRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final LocalDate BIRTH = LocalDate.of(2012, 3, 15);
  private static final LocalDate DAY_BEFORE_14 = LocalDate.of(2026, 3, 14);
  private static final LocalDate BIRTHDAY_14 = LocalDate.of(2026, 3, 15);
  private static final StudentId S = StudentId.of("st1");
  private static final GuardianId MOTHER = GuardianId.of("g1");
  private static final GuardianId STRANGER = GuardianId.of("g9");
  private static final Set<GuardianId> GUARDIANS = Set.of(MOTHER);
  private static final Instant AT = Instant.parse("2026-03-20T02:00:00Z");
  private static final UserId COUNSELLOR = UserId.of("c1");

  private final Student student = new Student(S, D, SchoolId.of("s1"), null, "王小明", Gender.MALE, BIRTH, null, 0);

  private static String rule(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    return ((Decision.Rejected) d).rule();
  }

  private static Consent consent(ConsentPurpose purpose, LocalDate on) {
    return Consent.grant(ConsentId.newId(), D, S, purpose, GrantorKind.GUARDIAN, MOTHER, ConsentMethod.WRITTEN_FORM, on,
        COUNSELLOR, AT);
  }

  @Test
  void underFourteenOnlyAGuardianConsents_fromTheFourteenthBirthdayTheStudentToo() {
    for (ConsentPurpose p : ConsentPurpose.values()) {
      assertThat(rule(ConsentRules.mayGrant(student, p, GrantorKind.STUDENT, null, GUARDIANS, DAY_BEFORE_14,
          DAY_BEFORE_14))).isEqualTo("CONSENT_UNDER_14_GUARDIAN_ONLY");
      assertThat(ConsentRules.mayGrant(student, p, GrantorKind.GUARDIAN, MOTHER, GUARDIANS, DAY_BEFORE_14,
          DAY_BEFORE_14).isAllowed()).isTrue();
      assertThat(ConsentRules.mayGrant(student, p, GrantorKind.STUDENT, null, GUARDIANS, BIRTHDAY_14, BIRTHDAY_14)
          .isAllowed()).isTrue();
      assertThat(ConsentRules.mayGrant(student, p, GrantorKind.GUARDIAN, MOTHER, GUARDIANS, BIRTHDAY_14, BIRTHDAY_14)
          .isAllowed()).isTrue();
    }
    // the age counts on the day of the consent, not the day it is recorded
    assertThat(rule(ConsentRules.mayGrant(student, ConsentPurpose.MENTAL_HEALTH_FILE, GrantorKind.STUDENT, null,
        GUARDIANS, DAY_BEFORE_14, BIRTHDAY_14))).isEqualTo("CONSENT_UNDER_14_GUARDIAN_ONLY");
  }

  @Test
  void aGuardianMustBeLinked_anAdultConsentsAlone_andAConsentIsNotDatedAhead() {
    assertThat(rule(ConsentRules.mayGrant(student, ConsentPurpose.MENTAL_HEALTH_FILE, GrantorKind.GUARDIAN, STRANGER,
        GUARDIANS, DAY_BEFORE_14, DAY_BEFORE_14))).isEqualTo("CONSENT_GUARDIAN_NOT_LINKED");
    LocalDate eighteen = BIRTH.plusYears(18);
    assertThat(rule(ConsentRules.mayGrant(student, ConsentPurpose.MENTAL_HEALTH_FILE, GrantorKind.GUARDIAN, MOTHER,
        GUARDIANS, eighteen, eighteen))).isEqualTo("CONSENT_ADULT_SELF_ONLY");
    assertThat(ConsentRules.mayGrant(student, ConsentPurpose.MENTAL_HEALTH_FILE, GrantorKind.GUARDIAN, MOTHER,
        GUARDIANS, eighteen.minusDays(1), eighteen.minusDays(1)).isAllowed()).isTrue();
    assertThat(rule(ConsentRules.mayGrant(student, ConsentPurpose.MENTAL_HEALTH_FILE, GrantorKind.GUARDIAN, MOTHER,
        GUARDIANS, BIRTHDAY_14, DAY_BEFORE_14))).isEqualTo("CONSENT_DATE_FUTURE");
    assertThatThrownBy(() -> Consent.grant(ConsentId.newId(), D, S, ConsentPurpose.GENERAL_PROCESSING,
        GrantorKind.STUDENT, MOTHER, ConsentMethod.IN_APP, BIRTHDAY_14, COUNSELLOR, AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGeneralConsentNeverUnlocksMentalHealthProcessing() {
    List<Consent> general = List.of(consent(ConsentPurpose.GENERAL_PROCESSING, DAY_BEFORE_14));
    assertThat(ConsentRules.hasConsent(general, S, ConsentPurpose.GENERAL_PROCESSING, BIRTHDAY_14)).isTrue();
    assertThat(ConsentRules.hasConsent(general, S, ConsentPurpose.MENTAL_HEALTH_FILE, BIRTHDAY_14)).isFalse();
    Decision d = ConsentRules.requireConsent(general, S, ConsentPurpose.MENTAL_HEALTH_FILE, BIRTHDAY_14);
    assertThat(rule(d)).isEqualTo("CONSENT_MISSING_MENTAL_HEALTH_FILE");
    assertThat(((Decision.Rejected) d).clause()).isEqualTo(MentalHealthFileRules.CLAUSE);
    assertThat(((Decision.Rejected) d).reason().en()).contains("another purpose does not count");
    assertThat(rule(ConsentRules.requireConsent(general, S, ConsentPurpose.MEDICAL_REFERRAL, BIRTHDAY_14)))
        .isEqualTo("CONSENT_MISSING_MEDICAL_REFERRAL");
    // a file consent does not unlock a referral either
    List<Consent> file = List.of(consent(ConsentPurpose.MENTAL_HEALTH_FILE, DAY_BEFORE_14));
    assertThat(ConsentRules.requireConsent(file, S, ConsentPurpose.MENTAL_HEALTH_FILE, BIRTHDAY_14).isAllowed())
        .isTrue();
    assertThat(ConsentRules.hasConsent(file, S, ConsentPurpose.MEDICAL_REFERRAL, BIRTHDAY_14)).isFalse();
    // another student's consent does not count
    assertThat(ConsentRules.hasConsent(file, StudentId.of("st2"), ConsentPurpose.MENTAL_HEALTH_FILE, BIRTHDAY_14))
        .isFalse();
  }

  @Test
  void inForceFromTheGrantDayUntilTheRevocationDay() {
    Consent c = consent(ConsentPurpose.MENTAL_HEALTH_FILE, DAY_BEFORE_14);
    assertThat(c.inForceOn(DAY_BEFORE_14.minusDays(1))).isFalse();
    assertThat(c.inForceOn(DAY_BEFORE_14)).isTrue();
    LocalDate revokeOn = LocalDate.of(2026, 4, 1);
    assertThat(ConsentRules.mayRevoke(c, revokeOn).isAllowed()).isTrue();
    assertThat(rule(ConsentRules.mayRevoke(c, DAY_BEFORE_14.minusDays(1)))).isEqualTo("CONSENT_REVOKE_BEFORE_GRANT");
    Consent revoked = c.revoked(revokeOn, COUNSELLOR, AT, ConsentMethod.IN_APP);
    assertThat(revoked.inForceOn(revokeOn.minusDays(1))).isTrue();
    assertThat(revoked.inForceOn(revokeOn)).isFalse();
    assertThat(revoked.grantedOn()).isEqualTo(DAY_BEFORE_14);
    assertThat(rule(ConsentRules.mayRevoke(revoked, revokeOn))).isEqualTo("CONSENT_ALREADY_REVOKED");
    assertThat(ConsentRules.inForce(List.of(c, revoked), S, ConsentPurpose.MENTAL_HEALTH_FILE, revokeOn))
        .containsExactly(c);
  }

  @Test
  void aReferralNeedsAReferralConsent_orTheEmergencyPathForACrisisWithAReasonCode() {
    List<Consent> none = List.of();
    List<Consent> general = List.of(consent(ConsentPurpose.GENERAL_PROCESSING, DAY_BEFORE_14));
    List<Consent> referral = List.of(consent(ConsentPurpose.MEDICAL_REFERRAL, DAY_BEFORE_14));
    for (ReferralUrgency u : ReferralUrgency.values()) {
      assertThat(ConsentRules.mayRefer(referral, S, u, null, BIRTHDAY_14).isAllowed()).isTrue();
      Decision missing = ConsentRules.mayRefer(general, S, u, null, BIRTHDAY_14);
      assertThat(rule(missing)).isEqualTo("CONSENT_MISSING_MEDICAL_REFERRAL");
      assertThat(((Decision.Rejected) missing).reason().en()).contains("emergency path");
    }
    for (EmergencyReason reason : EmergencyReason.values()) {
      assertThat(ConsentRules.mayRefer(none, S, ReferralUrgency.CRISIS, reason, BIRTHDAY_14).isAllowed()).isTrue();
      assertThat(reason.legalBasis()).contains("PIPL Art. 13(4)");
      assertThat(rule(ConsentRules.mayRefer(none, S, ReferralUrgency.URGENT, reason, BIRTHDAY_14)))
          .isEqualTo("EMERGENCY_PATH_CRISIS_ONLY");
    }
    assertThat(ConsentRules.emergencyPath(none, S, EmergencyReason.IMMINENT_RISK_TO_LIFE, BIRTHDAY_14)).isTrue();
    assertThat(ConsentRules.emergencyPath(referral, S, EmergencyReason.IMMINENT_RISK_TO_LIFE, BIRTHDAY_14)).isFalse();
    assertThat(ConsentRules.emergencyPath(none, S, null, BIRTHDAY_14)).isFalse();
  }
}
