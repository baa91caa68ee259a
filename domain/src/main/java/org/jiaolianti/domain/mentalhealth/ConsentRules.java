package org.jiaolianti.domain.mentalhealth;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * Who may consent, and whether a use has the consent it needs. The policy text (五(二)1–2) asks for the file and the
 * green channel; the consent rules come from the law, not the text:
 * <ul>
 *   <li>a child under 14 is represented by a guardian: only a guardian (linked to the student) consents
 *       (PIPL Art. 31, Minors Protection Law Art. 72); from the 14th birthday on (age in whole years, so the
 *       birthday itself counts) the student or a guardian consents; from 18 only the student;</li>
 *   <li>each purpose is separate: a use for purpose P needs a consent for P in force on the day; a
 *       GENERAL_PROCESSING consent never unlocks the mental-health file or a referral (PIPL Art. 29);</li>
 *   <li>a crisis referral without a referral consent goes ahead only on the statutory emergency path
 *       ({@link EmergencyReason}, PIPL Art. 13(4)): a reason code is required, the path is audited, and the
 *       guardian is informed afterwards ({@link Referral#guardianNotificationDue()}).</li>
 * </ul>
 * Refusals carry the clause of the use they guard: 五(二)2 for the file, 五(二)1 for a referral, 五(二) otherwise.
 *
 * <p>中文：同意规则（不满十四周岁由监护人同意；十四至十七周岁本人或监护人同意；用途分别同意；危机转介的紧急情形）。
 */
public final class ConsentRules {

  /** The age from which a student consents for themself (PIPL Art. 31: under 14 the guardian consents). */
  public static final int SELF_CONSENT_AGE = 14;
  /** The age of majority: from it only the student consents. */
  public static final int ADULT_AGE = 18;

  private ConsentRules() {}

  /** The clause a refusal for {@code purpose} cites. */
  public static ClauseRef clauseFor(ConsentPurpose purpose) {
    return switch (purpose) {
      case MENTAL_HEALTH_FILE -> MentalHealthFileRules.CLAUSE;
      case MEDICAL_REFERRAL -> ReferralRules.CLAUSE;
      case GENERAL_PROCESSING -> ClauseRef.of("五(二)");
    };
  }

  /**
   * May {@code grantorKind} (for a guardian: {@code guardian}, who must be one of {@code guardiansOfStudent})
   * consent for {@code student} on {@code grantedOn}, recorded on {@code today}?
   */
  public static Decision mayGrant(Student student, ConsentPurpose purpose, GrantorKind grantorKind,
      GuardianId guardian, Set<GuardianId> guardiansOfStudent, LocalDate grantedOn, LocalDate today) {
    requireNonNull(student, "student");
    ClauseRef clause = clauseFor(purpose);
    if (grantedOn.isAfter(today)) {
      return Decision.rejected("CONSENT_DATE_FUTURE", Bilingual.of("同意日期不能晚于记录日期",
          "a consent cannot be dated after the day it is recorded"), clause);
    }
    int age = student.ageOn(grantedOn);
    if (grantorKind == GrantorKind.STUDENT && age < SELF_CONSENT_AGE) {
      return Decision.rejected("CONSENT_UNDER_14_GUARDIAN_ONLY", Bilingual.of(
          "不满十四周岁的学生，须由其监护人同意（个人信息保护法第三十一条）",
          "a student under 14 is represented by a guardian: only a guardian may consent (PIPL Art. 31)"), clause);
    }
    if (grantorKind == GrantorKind.GUARDIAN) {
      if (age >= ADULT_AGE) {
        return Decision.rejected("CONSENT_ADULT_SELF_ONLY", Bilingual.of("学生已满十八周岁，须由本人同意",
            "the student is 18 or older: only the student consents"), clause);
      }
      if (guardian == null || !guardiansOfStudent.contains(guardian)) {
        return Decision.rejected("CONSENT_GUARDIAN_NOT_LINKED", Bilingual.of("同意人不是该学生的监护人",
            "the consenting guardian is not a guardian of this student"), clause);
      }
    }
    return Decision.allowed();
  }

  /** A consent is revoked once. */
  public static Decision mayRevoke(Consent consent, LocalDate on) {
    if (consent.revoked()) {
      return Decision.rejected("CONSENT_ALREADY_REVOKED", Bilingual.of("该同意已撤回", "the consent is already revoked"),
          clauseFor(consent.purpose()));
    }
    if (on.isBefore(consent.grantedOn())) {
      return Decision.rejected("CONSENT_REVOKE_BEFORE_GRANT", Bilingual.of("撤回日期不能早于同意日期",
          "a consent cannot be revoked before the day it was given"), clauseFor(consent.purpose()));
    }
    return Decision.allowed();
  }

  /** The consents of {@code student} for exactly {@code purpose} in force on {@code date}. */
  public static List<Consent> inForce(Collection<Consent> consents, StudentId student, ConsentPurpose purpose,
      LocalDate date) {
    return consents.stream()
        .filter(c -> c.student().equals(student) && c.purpose() == purpose && c.inForceOn(date))
        .toList();
  }

  /** Whether a consent for exactly {@code purpose} is in force for {@code student} on {@code date}. */
  public static boolean hasConsent(Collection<Consent> consents, StudentId student, ConsentPurpose purpose,
      LocalDate date) {
    return !inForce(consents, student, purpose, date).isEmpty();
  }

  /**
   * A use for {@code purpose} on {@code date} is allowed only with a consent for that purpose in force; a consent
   * for another purpose (a general one in particular) does not count.
   */
  public static Decision requireConsent(Collection<Consent> consents, StudentId student, ConsentPurpose purpose,
      LocalDate date) {
    if (hasConsent(consents, student, purpose, date)) {
      return Decision.allowed();
    }
    boolean otherPurpose = consents.stream().anyMatch(c -> c.student().equals(student) && c.purpose() != purpose
        && c.inForceOn(date));
    String zhExtra = otherPurpose ? "（其他用途的同意不适用于此用途）" : "";
    String enExtra = otherPurpose ? " (a consent for another purpose does not count)" : "";
    return Decision.rejected("CONSENT_MISSING_" + purpose.name(),
        Bilingual.of("没有有效的“" + purpose.label().zh() + "”同意" + zhExtra,
            "no consent for " + purpose.label().en() + " is in force" + enExtra),
        clauseFor(purpose));
  }

  /**
   * May a referral of {@code urgency} for {@code student} be opened on {@code date}? With a MEDICAL_REFERRAL consent
   * in force, yes. Without one, only a CRISIS referral with an {@link EmergencyReason} (the statutory emergency path;
   * the referral then records the reason and owes the guardian a notification).
   */
  public static Decision mayRefer(Collection<Consent> consents, StudentId student, ReferralUrgency urgency,
      EmergencyReason emergencyReason, LocalDate date) {
    if (hasConsent(consents, student, ConsentPurpose.MEDICAL_REFERRAL, date)) {
      return Decision.allowed();
    }
    if (emergencyReason == null) {
      Decision missing = requireConsent(consents, student, ConsentPurpose.MEDICAL_REFERRAL, date);
      Decision.Rejected r = (Decision.Rejected) missing;
      return Decision.rejected(r.rule(), Bilingual.of(r.reason().zh() + "；危机情形可依法说明紧急事由后转介",
          r.reason().en() + "; a crisis referral may go ahead on the emergency path with a reason code"), r.clause());
    }
    if (urgency != ReferralUrgency.CRISIS) {
      return Decision.rejected("EMERGENCY_PATH_CRISIS_ONLY", Bilingual.of("仅危机转介可在未获同意时按紧急情形办理",
          "only a crisis referral may take the emergency path without consent"), ReferralRules.CLAUSE);
    }
    return Decision.allowed();
  }

  /** Whether a referral opened on {@code date} takes the emergency path (no consent in force, a reason given). */
  public static boolean emergencyPath(Collection<Consent> consents, StudentId student, EmergencyReason reason,
      LocalDate date) {
    return reason != null && !hasConsent(consents, student, ConsentPurpose.MEDICAL_REFERRAL, date);
  }
}
