package org.jiaolianti.domain.guidance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A guardian completed one part of an item: the item itself for an article (read) or a video (watched), one lesson
 * for a course. Recorded once: completing the same part again changes nothing.
 *
 * <p>中文：家长学习记录。依据：五(一)2
 *
 * @param part the item's id for an article or a video; the lesson's id for a course
 * @param learner the signed-in user who marked it (a user linked to the guardian)
 */
public record GuidanceProgress(DistrictCode district, GuidanceItemId item, String part, GuardianId guardian,
    UserId learner, Instant completedAt) {

  public GuidanceProgress {
    requireNonNull(district, "district");
    requireNonNull(item, "item");
    requireNonNull(part, "part");
    requireNonNull(guardian, "guardian");
    requireNonNull(learner, "learner");
    requireNonNull(completedAt, "completedAt");
  }
}
