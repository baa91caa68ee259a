package org.jiaolianti.domain.homevisit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A recorded home visit. The note is held only in its sealed (encrypted) form: the domain and storage never see
 * its text; the application decrypts it for those with need to know.
 *
 * <p>中文：家访记录。依据：五(一)3（家校双师：家访）、三(三)2
 *
 * @param visitors the staff who visited (the recorder among them), in the order given
 * @param topics what was discussed (short items, e.g. 学习习惯, 亲子沟通)
 * @param sealedNote the note as encrypted by the application ({@code fc1:<keyId>:…}), or null without a note
 * @param flagsConcern the visit raised a concern for the student's wellbeing (医教互促 opens a file from it)
 */
public record HomeVisit(HomeVisitId id, DistrictCode district, SchoolId school, StudentId student, LocalDate visitedOn,
    List<UserId> visitors, VisitMode mode, List<String> topics, String sealedNote, boolean flagsConcern,
    UserId recordedBy, Instant recordedAt, long version) {

  public static final int MAX_NOTE = 4000;
  public static final int MAX_TOPIC = 50;
  public static final int MAX_TOPICS = 10;
  public static final int MAX_VISITORS = 5;

  public HomeVisit {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(student, "student");
    requireNonNull(visitedOn, "visitedOn");
    visitors = List.copyOf(visitors);
    checkArgument(!visitors.isEmpty() && visitors.size() <= MAX_VISITORS, "1..%s visitors", MAX_VISITORS);
    checkArgument(visitors.stream().distinct().count() == visitors.size(), "a visitor is listed twice");
    requireNonNull(mode, "mode");
    topics = List.copyOf(topics);
    checkArgument(topics.size() <= MAX_TOPICS, "at most %s topics", MAX_TOPICS);
    for (String t : topics) {
      checkArgument(!t.isBlank() && t.length() <= MAX_TOPIC && t.indexOf('\n') < 0, "bad topic '%s'", t);
    }
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(recordedAt, "recordedAt");
    checkArgument(version >= 1, "version starts at 1");
  }

  public boolean hasNote() {
    return sealedNote != null;
  }

  /** The context the note is sealed with (associated data): a sealed note moved to another visit fails to open. */
  public static String noteContext(DistrictCode district, HomeVisitId id) {
    return "HOME_VISIT:" + district.value() + ":" + id.value();
  }
}
