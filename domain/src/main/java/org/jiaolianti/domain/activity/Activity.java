package org.jiaolianti.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Set;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/**
 * An activity open for registration (活动报名, 五(一)2), organised by a school, a zone, a partner or the
 * district.
 *
 * <p>中文：活动。
 *
 * @param organiserId the school, zone or partner id; null when the district organises it
 * @param eligibleGrades the grades (1–12) whose students may register
 * @param capacity places (at least 1)
 * @param opensAt the registration window's start (inclusive)
 * @param closesAt the window's end (exclusive), after {@code opensAt}
 * @param term the term the activity counts in, for the per-student limit
 * @param confirmed places taken now (0..capacity); kept by the storage, never above capacity
 * @param draw the lottery draw, once drawn (LOTTERY only)
 */
public record Activity(
    ActivityId id,
    DistrictCode district,
    OrganiserKind organiserKind,
    String organiserId,
    String title,
    String description,
    Collaboration collaboration,
    Set<Integer> eligibleGrades,
    int capacity,
    Instant opensAt,
    Instant closesAt,
    Term term,
    RegistrationMode mode,
    int confirmed,
    LotteryDraw draw,
    long version) {

  public Activity {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(organiserKind, "organiserKind");
    if (organiserKind == OrganiserKind.DISTRICT) {
      checkArgument(organiserId == null, "a district activity names no organiser id");
    } else {
      Ids.check(organiserId, "organiserId");
    }
    checkArgument(title != null && !title.isBlank(), "title must not be blank");
    requireNonNull(collaboration, "collaboration");
    checkArgument(eligibleGrades != null && !eligibleGrades.isEmpty(), "eligibleGrades must name a grade");
    for (Integer g : eligibleGrades) {
      checkArgument(g != null && g >= 1 && g <= 12, "grades are 1-12, was %s", g);
    }
    eligibleGrades = ImmutableSortedSet.copyOf(eligibleGrades);
    checkArgument(capacity >= 1, "capacity must be at least 1, was %s", capacity);
    requireNonNull(opensAt, "opensAt");
    requireNonNull(closesAt, "closesAt");
    checkArgument(closesAt.isAfter(opensAt), "the window must close after it opens");
    requireNonNull(term, "term");
    requireNonNull(mode, "mode");
    checkArgument(confirmed >= 0 && confirmed <= capacity, "confirmed must be 0..capacity, was %s", confirmed);
    checkArgument(draw == null || mode == RegistrationMode.LOTTERY, "only a lottery is drawn");
  }

  /** True if registration is open at {@code now}: opensAt ≤ now &lt; closesAt. */
  public boolean isOpenAt(Instant now) {
    return !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public boolean isDrawn() {
    return draw != null;
  }

  /** This activity, drawn. */
  public Activity drawn(LotteryDraw lotteryDraw, int confirmedAfterDraw) {
    return new Activity(id, district, organiserKind, organiserId, title, description, collaboration, eligibleGrades,
        capacity, opensAt, closesAt, term, mode, confirmedAfterDraw, requireNonNull(lotteryDraw, "draw"), version);
  }

  public Activity withVersion(long newVersion) {
    return new Activity(id, district, organiserKind, organiserId, title, description, collaboration, eligibleGrades,
        capacity, opensAt, closesAt, term, mode, confirmed, draw, newVersion);
  }

  public Activity withConfirmed(int newConfirmed) {
    return new Activity(id, district, organiserKind, organiserId, title, description, collaboration, eligibleGrades,
        capacity, opensAt, closesAt, term, mode, newConfirmed, draw, version);
  }
}
