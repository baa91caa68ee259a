package org.jiaolianti.domain.instructor;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A family-education instructor of one tier: a district-tier instructor belongs to the district (no school, no
 * partner), a school-tier one to {@code school}, a community-tier one to {@code partner}. Optionally linked to the
 * user account the instructor signs in with (then they log their own services). Never deleted: retiring keeps the
 * record with who, when and why.
 *
 * <p>中文：家庭教育指导师。依据：五(一)4
 *
 * @param user the instructor's own account, or null
 * @param retiredAt when the instructor was retired (null while active); {@code retiredBy} and {@code retireReason}
 *     are set with it
 */
public record Instructor(
    InstructorId id,
    DistrictCode district,
    String name,
    InstructorTier tier,
    SchoolId school,
    PartnerId partner,
    Set<Specialty> specialties,
    UserId user,
    UserId registeredBy,
    Instant registeredAt,
    Instant retiredAt,
    UserId retiredBy,
    String retireReason,
    long version) {

  public static final int MAX_NAME = 100;
  public static final int MAX_REASON = 500;

  public Instructor {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    checkArgument(name != null && !name.isBlank() && name.length() <= MAX_NAME, "name must be 1-%s characters",
        MAX_NAME);
    requireNonNull(tier, "tier");
    checkArgument((tier == InstructorTier.SCHOOL) == (school != null), "a school-tier instructor, and only one, "
        + "belongs to a school");
    checkArgument((tier == InstructorTier.COMMUNITY) == (partner != null), "a community-tier instructor, and only "
        + "one, belongs to a partner");
    requireNonNull(specialties, "specialties");
    checkArgument(!specialties.isEmpty(), "an instructor has at least one specialty");
    specialties = Sets.immutableEnumSet(specialties);
    requireNonNull(registeredBy, "registeredBy");
    requireNonNull(registeredAt, "registeredAt");
    boolean retired = retiredAt != null;
    checkArgument(retired == (retiredBy != null) && retired == (retireReason != null),
        "retiredAt, retiredBy and retireReason are set together");
    checkArgument(retireReason == null || (!retireReason.isBlank() && retireReason.length() <= MAX_REASON),
        "retire reason must be 1-%s characters", MAX_REASON);
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new, active instructor. */
  public static Instructor register(InstructorId id, DistrictCode district, String name, InstructorTier tier,
      SchoolId school, PartnerId partner, Set<Specialty> specialties, UserId user, UserId by, Instant at) {
    return new Instructor(id, district, name, tier, school, partner, specialties, user, by, at, null, null, null, 0);
  }

  /** Retired by {@code by} for {@code reason}; check {@link InstructorRules#mayRetire} first. */
  public Instructor retired(UserId by, String reason, Instant at) {
    return new Instructor(id, district, name, tier, school, partner, specialties, user, registeredBy, registeredAt, at,
        by, reason, version);
  }

  /** Whether the instructor is active (not retired): listed by default and logs services. */
  public boolean active() {
    return retiredAt == null;
  }
}
