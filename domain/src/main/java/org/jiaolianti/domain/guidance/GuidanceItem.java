package org.jiaolianti.domain.guidance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One item of the family-education guidance column: an article, an expert lecture video or a course (whose lessons
 * are {@link GuidanceLesson}s). Published by the district ({@code school} null: every guardian and staff member of
 * the district is its audience) or by a school (its guardians and staff). Never deleted: withdrawn.
 *
 * <p>中文：家庭教育指导专栏内容。依据：五(一)2
 *
 * @param school the publishing school, or null when the district (the education bureau) publishes it
 * @param body ARTICLE: the text (required); VIDEO, COURSE: an optional description
 * @param speaker VIDEO: the expert giving the lecture (required); null otherwise
 * @param video VIDEO: the https link (required); null otherwise
 * @param targetGrades the grades (1–12) it suits; empty = all grades
 * @param topics what it is about (may be empty)
 */
public record GuidanceItem(
    GuidanceItemId id,
    DistrictCode district,
    SchoolId school,
    GuidanceKind kind,
    String title,
    String body,
    String speaker,
    HttpsLink video,
    Set<Integer> targetGrades,
    Set<GuidanceTopic> topics,
    GuidanceStatus status,
    UserId createdBy,
    Instant createdAt,
    Instant publishedAt,
    Instant withdrawnAt,
    long version) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_SPEAKER = 100;

  public GuidanceItem {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(kind, "kind");
    checkArgument(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title must be 1-%s characters",
        MAX_TITLE);
    checkArgument(body == null || (!body.isBlank() && body.length() <= MAX_BODY), "body must be 1-%s characters",
        MAX_BODY);
    checkArgument(kind != GuidanceKind.ARTICLE || body != null, "an article has a body");
    boolean isVideo = kind == GuidanceKind.VIDEO;
    checkArgument(isVideo == (speaker != null) && isVideo == (video != null),
        "a video (and only a video) has a speaker and a link");
    checkArgument(speaker == null || (!speaker.isBlank() && speaker.length() <= MAX_SPEAKER),
        "speaker must be 1-%s characters", MAX_SPEAKER);
    requireNonNull(targetGrades, "targetGrades");
    for (Integer g : targetGrades) {
      checkArgument(g != null && g >= 1 && g <= 12, "grades are 1-12, was %s", g);
    }
    targetGrades = ImmutableSortedSet.copyOf(targetGrades);
    requireNonNull(topics, "topics");
    topics = topics.isEmpty() ? Set.of() : Sets.immutableEnumSet(EnumSet.copyOf(topics));
    requireNonNull(status, "status");
    requireNonNull(createdBy, "createdBy");
    requireNonNull(createdAt, "createdAt");
    checkArgument((status == GuidanceStatus.DRAFT) == (publishedAt == null), "publishedAt is set once published");
    checkArgument((status == GuidanceStatus.WITHDRAWN) == (withdrawnAt != null),
        "withdrawnAt is set when withdrawn");
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new draft. */
  public static GuidanceItem draft(GuidanceItemId id, DistrictCode district, SchoolId school, GuidanceKind kind,
      String title, String body, String speaker, HttpsLink video, Set<Integer> targetGrades,
      Set<GuidanceTopic> topics, UserId by, Instant at) {
    return new GuidanceItem(id, district, school, kind, title, body, speaker, video, targetGrades, topics,
        GuidanceStatus.DRAFT, by, at, null, null, 0);
  }

  /** Published at {@code at}; check {@link GuidanceRules#mayPublish} first. */
  public GuidanceItem published(Instant at) {
    return new GuidanceItem(id, district, school, kind, title, body, speaker, video, targetGrades, topics,
        GuidanceStatus.PUBLISHED, createdBy, createdAt, at, null, version);
  }

  /** Withdrawn at {@code at}; check {@link GuidanceRules#mayWithdraw} first. The publication stays on record. */
  public GuidanceItem withdrawn(Instant at) {
    return new GuidanceItem(id, district, school, kind, title, body, speaker, video, targetGrades, topics,
        GuidanceStatus.WITHDRAWN, createdBy, createdAt, publishedAt, at, version);
  }

  /** The publishing school; empty when the district publishes it. */
  public Optional<SchoolId> publishingSchool() {
    return Optional.ofNullable(school);
  }

  /** Whether it suits a child in {@code grade}: no target grades, or {@code grade} among them. */
  public boolean suitsGrade(int grade) {
    return targetGrades.isEmpty() || targetGrades.contains(grade);
  }
}
