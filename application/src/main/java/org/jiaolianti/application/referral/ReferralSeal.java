package org.jiaolianti.application.referral;

import java.util.stream.IntStream;
import org.jiaolianti.application.referral.port.out.Referrals.Sealed;
import org.jiaolianti.application.referral.port.out.Referrals.Step;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.domain.mentalhealth.Referral;
import org.jiaolianti.domain.mentalhealth.ReferralEvent;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Seals a referral's free text before storage and opens it after. Each field has its own associated data (the
 * district, the referral id and the field), so a ciphertext moved to another referral — or to another field of
 * the same one — fails to open instead of showing the wrong text.
 */
final class ReferralSeal {

  private final FieldCipher cipher;

  ReferralSeal(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** The associated data of {@code field} of the referral {@code id}. */
  static String context(DistrictCode district, ReferralId id, String field) {
    return "REFERRAL:" + district.value() + ":" + id.value() + ":" + field;
  }

  Sealed seal(Referral r) {
    return new Sealed(r.id(), r.district(), r.school(), r.student(), r.file(), r.institution(), r.urgency(),
        r.status(), seal(r, "summary", r.sharedSummary()), r.consent(), r.emergencyReason(), r.guardianInformedAt(),
        seal(r, "outcome", r.outcomeNote()), seal(r, "plan", r.followUpPlan()), r.reroutedFrom(), r.reroutedTo(),
        IntStream.range(0, r.history().size()).mapToObj(i -> {
          ReferralEvent e = r.history().get(i);
          return new Step(e.status(), e.by(), e.at(), seal(r, "step:" + i, e.note()));
        }).toList(), r.version());
  }

  Referral open(Sealed s) {
    return Referral.reconstitute(s.id(), s.district(), s.school(), s.student(), s.file(), s.institution(),
        s.urgency(), s.status(), open(s, "summary", s.sharedSummary()), s.consent(), s.emergencyReason(),
        s.guardianInformedAt(), open(s, "outcome", s.outcomeNote()), open(s, "plan", s.followUpPlan()),
        s.reroutedFrom(), s.reroutedTo(), IntStream.range(0, s.history().size()).mapToObj(i -> {
          Step e = s.history().get(i);
          return new ReferralEvent(e.status(), e.by(), e.at(), open(s, "step:" + i, e.note()));
        }).toList(),
        s.version());
  }

  private String seal(Referral r, String field, String text) {
    return text == null ? null : cipher.encrypt(text, context(r.district(), r.id(), field));
  }

  private String open(Sealed s, String field, String stored) {
    return stored == null ? null : cipher.decrypt(stored, context(s.district(), s.id(), field));
  }
}
