package org.jiaolianti.application.guidance.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceItemId;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceProgress;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Guidance items (家庭教育指导专栏) with their lessons and the guardians' learning progress. Nothing is deleted: an
 * item's status changes by {@link #update} (optimistic: a stale version is a conflict); lessons and progress are
 * added only. Items are listed by creation time, then id; lessons by position; progress by completion time, then
 * guardian and part.
 *
 * <p>For reports ({@code /api/v1/reports/home-school}): {@link #completedBetween} gives the learning activity of a
 * period; {@code GuidanceUseCase#learningActivity} attributes it to schools.
 */
public interface GuidanceItems {

  void add(GuidanceItem item);

  Optional<GuidanceItem> byId(DistrictCode district, GuidanceItemId id);

  List<GuidanceItem> ofDistrict(DistrictCode district);

  /** Stores {@code item}'s new status (read at {@code item.version()}); returns it with the next version. */
  GuidanceItem update(GuidanceItem item);

  /** Adds a lesson; a second lesson at the same position of the same item is a duplicate conflict. */
  void addLesson(GuidanceLesson lesson);

  List<GuidanceLesson> lessons(DistrictCode district, GuidanceItemId item);

  /**
   * Records that a guardian completed a part, unless that guardian already completed that part of that item
   * (then nothing changes and the first record stays). Returns whether it was recorded now.
   */
  boolean recordProgress(GuidanceProgress progress);

  /** Every guardian's progress on one item. */
  List<GuidanceProgress> progressOn(DistrictCode district, GuidanceItemId item);

  /** One guardian's progress on every item. */
  List<GuidanceProgress> progressOf(DistrictCode district, GuardianId guardian);

  /** The parts completed at or after {@code from} and before {@code to}, across the district. */
  List<GuidanceProgress> completedBetween(DistrictCode district, Instant from, Instant to);
}
