package org.jiaolianti.domain.homeschool;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A notice from a school, a teacher or the bureau to guardians, published in one step with one receipt
 * per guardian of its audience. A non-urgent notice published in the quiet hours is held and released
 * when they end ({@code releaseAt}).
 *
 * <p>中文：学校通知（一键直达）。依据：五(一)2
 *
 * @param urgent an urgent bureau notice (typhoon closure): bypasses quiet hours and the daily cap
 * @param namesStudentConfirmed the sender confirmed sending a group notice that contains a pupil's full name
 *     (recorded with the notice)
 * @param publishedAt when the sender published it
 * @param releaseAt when it reaches guardians (publishedAt, or the end of the quiet hours)
 * @param recipients the number of receipts (guardians reached)
 */
public record Notice(
    NoticeId id,
    DistrictCode district,
    Audience audience,
    String title,
    String body,
    ConfirmationMode mode,
    boolean urgent,
    boolean namesStudentConfirmed,
    UserId sentBy,
    Instant publishedAt,
    Instant releaseAt,
    int recipients,
    long version) {

  public Notice {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(audience, "audience");
    checkArgument(title != null && !title.isBlank() && title.length() <= 100, "title must be 1-100 characters");
    checkArgument(body != null && !body.isBlank() && body.length() <= 5000, "body must be 1-5000 characters");
    requireNonNull(mode, "mode");
    requireNonNull(sentBy, "sentBy");
    requireNonNull(publishedAt, "publishedAt");
    requireNonNull(releaseAt, "releaseAt");
    checkArgument(!releaseAt.isBefore(publishedAt), "a notice is not released before it is published");
    checkArgument(recipients >= 0, "recipients must not be negative");
  }

  /** Whether guardians can see it at {@code now} (released). */
  public boolean isReleasedAt(Instant now) {
    return !releaseAt.isAfter(now);
  }

  /** Whether the notice was held for the quiet hours. */
  public boolean held() {
    return releaseAt.isAfter(publishedAt);
  }

  /** The text searched for pupils' names: title and body. */
  public String text() {
    return title + "\n" + body;
  }
}
