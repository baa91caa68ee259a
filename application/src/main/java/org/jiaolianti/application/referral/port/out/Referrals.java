package org.jiaolianti.application.referral.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Crisis referrals (五(二)1) as stored: the free text arrives sealed by the application ({@code fc1:<keyId>:…}) and
 * is stored as given, so no storage ever holds it in clear. Nothing is deleted; a referral changes only by
 * {@link #update} (optimistic: a stale version is a conflict), and its steps only grow — steps already stored are
 * kept as stored. Lists are newest opening first, then id.
 *
 * <p>中文：心理危机转介存储（自由文本为密文）。依据：五(二)1
 */
public interface Referrals {

  /** @throws org.jiaolianti.application.shared.ConflictException if the id is taken */
  void add(Sealed referral);

  Optional<Sealed> byId(DistrictCode district, ReferralId id);

  List<Sealed> all(DistrictCode district);

  /** Stores the new status, texts, link and steps (read at its version); returns it with the next version. */
  Sealed update(Sealed referral);

  /**
   * A referral with its free text sealed: the fields of {@link org.jiaolianti.domain.mentalhealth.Referral}, where
   * {@code sharedSummary}, {@code outcomeNote}, {@code followUpPlan} and each step's note are ciphertext.
   */
  record Sealed(ReferralId id, DistrictCode district, SchoolId school, StudentId student, MentalHealthFileId file,
      PartnerId institution, ReferralUrgency urgency, ReferralStatus status, String sharedSummary, ConsentId consent,
      EmergencyReason emergencyReason, Instant guardianInformedAt, String outcomeNote, String followUpPlan,
      ReferralId reroutedFrom, ReferralId reroutedTo, List<Step> history, long version) {
    public Sealed {
      requireNonNull(id, "id");
      requireNonNull(district, "district");
      requireNonNull(school, "school");
      requireNonNull(student, "student");
      requireNonNull(institution, "institution");
      requireNonNull(urgency, "urgency");
      requireNonNull(status, "status");
      requireNonNull(sharedSummary, "sharedSummary");
      history = List.copyOf(history);
      checkArgument(!history.isEmpty(), "a referral has at least its OPEN step");
    }

    public Instant openedAt() {
      return history.get(0).at();
    }
  }

  /** One step as stored: the status reached, who, when, and the sealed note (null without one). */
  record Step(ReferralStatus status, UserId by, Instant at, String note) {
    public Step {
      requireNonNull(status, "status");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }
}
