package org.jiaolianti.domain.mentor;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A guardian's application to be a parent mentor at one school, and its standing. Never deleted: a rejection or
 * a revocation is kept with who decided, when and (for a revocation) why.
 *
 * <p>中文：家长导师（申请与资格）。依据：五(一)3
 *
 * @param decidedAt when it was approved or rejected (null while APPLIED); {@code decidedBy} and
 *     {@code decidedOn} are set with it
 * @param revokedAt when an approval was revoked (null unless REVOKED); {@code revokedBy} and
 *     {@code revokeReason} are set with it
 */
public record ParentMentor(
    ParentMentorId id,
    DistrictCode district,
    SchoolId school,
    GuardianId guardian,
    UserId applicant,
    String expertise,
    MentorStatus status,
    Instant appliedAt,
    Instant decidedAt,
    UserId decidedBy,
    LocalDate decidedOn,
    Instant revokedAt,
    UserId revokedBy,
    String revokeReason,
    long version) {

  public static final int MAX_EXPERTISE = 500;
  public static final int MAX_REASON = 500;

  public ParentMentor {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(guardian, "guardian");
    requireNonNull(applicant, "applicant");
    checkArgument(expertise != null && !expertise.isBlank() && expertise.length() <= MAX_EXPERTISE,
        "expertise must be 1-%s characters", MAX_EXPERTISE);
    requireNonNull(status, "status");
    requireNonNull(appliedAt, "appliedAt");
    boolean decided = status != MentorStatus.APPLIED;
    checkArgument(decided == (decidedAt != null) && decided == (decidedBy != null) && decided == (decidedOn != null),
        "decidedAt, decidedBy and decidedOn are set once decided");
    boolean revoked = status == MentorStatus.REVOKED;
    checkArgument(revoked == (revokedAt != null) && revoked == (revokedBy != null) && revoked == (revokeReason != null),
        "revokedAt, revokedBy and revokeReason are set when revoked");
    checkArgument(revokeReason == null || (!revokeReason.isBlank() && revokeReason.length() <= MAX_REASON),
        "revoke reason must be 1-%s characters", MAX_REASON);
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new application. */
  public static ParentMentor apply(ParentMentorId id, DistrictCode district, SchoolId school, GuardianId guardian,
      UserId applicant, String expertise, Instant at) {
    return new ParentMentor(id, district, school, guardian, applicant, expertise, MentorStatus.APPLIED, at, null, null,
        null, null, null, null, 0);
  }

  /** Approved or rejected ({@code to}) by {@code by}; check {@link MentorRules} first. */
  public ParentMentor decided(MentorStatus to, UserId by, LocalDate on, Instant at) {
    checkArgument(to == MentorStatus.APPROVED || to == MentorStatus.REJECTED, "a decision approves or rejects");
    return new ParentMentor(id, district, school, guardian, applicant, expertise, to, appliedAt, at, by, on, null,
        null, null, version);
  }

  /** The approval revoked by {@code by} for {@code reason}; the approval stays on record. */
  public ParentMentor revoked(UserId by, String reason, Instant at) {
    return new ParentMentor(id, district, school, guardian, applicant, expertise, MentorStatus.REVOKED, appliedAt,
        decidedAt, decidedBy, decidedOn, at, by, reason, version);
  }

  /** Whether the mentor is approved and not revoked: may be assigned and log hours. */
  public boolean active() {
    return status == MentorStatus.APPROVED;
  }
}
