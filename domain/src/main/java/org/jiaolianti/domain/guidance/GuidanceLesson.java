package org.jiaolianti.domain.guidance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/**
 * One lesson of a course, at {@code position} (1, 2, …): a title and a text, a video link, or both.
 *
 * <p>中文：课程课时。依据：五(一)2
 */
public record GuidanceLesson(String id, DistrictCode district, GuidanceItemId item, int position, String title,
    String body, HttpsLink video) {

  public static final int MAX_LESSONS = 100;

  public GuidanceLesson {
    Ids.check(id, "GuidanceLesson");
    requireNonNull(district, "district");
    requireNonNull(item, "item");
    checkArgument(position >= 1 && position <= MAX_LESSONS, "position must be 1-%s", MAX_LESSONS);
    checkArgument(title != null && !title.isBlank() && title.length() <= GuidanceItem.MAX_TITLE,
        "title must be 1-%s characters", GuidanceItem.MAX_TITLE);
    checkArgument(body == null || (!body.isBlank() && body.length() <= GuidanceItem.MAX_BODY),
        "body must be 1-%s characters", GuidanceItem.MAX_BODY);
    checkArgument(body != null || video != null, "a lesson has a body or a video link");
  }
}
