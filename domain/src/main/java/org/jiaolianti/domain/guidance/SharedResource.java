package org.jiaolianti.domain.guidance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A teaching or activity resource a school shares with the other schools of its district, tagged with the
 * 一体六联 collaborations it serves. Visible to the staff of every school of the district, never to guardians;
 * withdrawn by its school (kept, with who and when), never deleted.
 *
 * <p>中文：校际共享资源。依据：五(一)2（资源共享）
 */
public record SharedResource(
    SharedResourceId id,
    DistrictCode district,
    SchoolId school,
    SharedResourceKind kind,
    String title,
    String description,
    HttpsLink link,
    Set<Collaboration> collaborations,
    UserId sharedBy,
    Instant sharedAt,
    UserId withdrawnBy,
    Instant withdrawnAt,
    long version) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 2_000;

  public SharedResource {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(kind, "kind");
    checkArgument(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title must be 1-%s characters",
        MAX_TITLE);
    checkArgument(description == null || (!description.isBlank() && description.length() <= MAX_DESCRIPTION),
        "description must be 1-%s characters", MAX_DESCRIPTION);
    requireNonNull(link, "link");
    requireNonNull(collaborations, "collaborations");
    checkArgument(!collaborations.isEmpty(), "a shared resource serves at least one collaboration");
    collaborations = Sets.immutableEnumSet(EnumSet.copyOf(collaborations));
    requireNonNull(sharedBy, "sharedBy");
    requireNonNull(sharedAt, "sharedAt");
    checkArgument((withdrawnBy == null) == (withdrawnAt == null), "withdrawnBy and withdrawnAt are set together");
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** Withdrawn by {@code by} at {@code at}; check {@link GuidanceRules#mayWithdraw(SharedResource)} first. */
  public SharedResource withdrawn(UserId by, Instant at) {
    return new SharedResource(id, district, school, kind, title, description, link, collaborations, sharedBy,
        sharedAt, by, at, version);
  }

  public boolean withdrawn() {
    return withdrawnAt != null;
  }
}
