package org.jiaolianti.application.guidance.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceTopic;
import org.jiaolianti.domain.guidance.HttpsLink;
import org.jiaolianti.domain.guidance.LearningProgress;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;

/**
 * The family-education guidance column (家庭教育指导专栏, 五(一)2): the district or a school writes articles, expert
 * lecture videos and courses of lessons, publishes and withdraws them; guardians read the published items of the
 * district and of their children's schools, mark what they read, watched or completed, and get recommendations by
 * their children's grades; school leaders and the district read learning counts. Staff read their school's and the
 * district's items. Whoever is outside gets a not-found, as for an unknown id.
 *
 * <p>中文：家庭教育指导专栏。依据：五(一)2
 */
public interface GuidanceUseCase {

  /** A draft of the district ({@code schoolId} null) or of a school. */
  GuidanceItem create(Actor actor, CreateItemCommand command);

  /** The items the actor sees, newest first: published ones of their audience, and drafts they manage. */
  List<GuidanceItem> list(Actor actor);

  ItemDetail get(Actor actor, String itemId);

  GuidanceItem publish(Actor actor, String itemId);

  GuidanceItem withdraw(Actor actor, String itemId);

  /** Adds a lesson at the end of a draft course. */
  GuidanceLesson addLesson(Actor actor, AddLessonCommand command);

  /** A guardian marks a part (the item, or one lesson of a course) completed; marking it again changes nothing. */
  OwnProgress learn(Actor actor, LearnCommand command);

  /** The calling guardian's own progress on an item. */
  OwnProgress progress(Actor actor, String itemId);

  /** Counts for an item over the guardians the actor may count (a school's, or the district's); no names. */
  ItemStatistics statistics(Actor actor, String itemId);

  /**
   * For the calling guardian: the published items they see that suit the grade of one of their children (a school's
   * item: a child of that school), not yet completed first, then newest first.
   */
  List<Recommendation> recommendations(Actor actor);

  /**
   * Learning activity between {@code from} (inclusive) and {@code to} (exclusive), per school: completions and
   * distinct learning guardians, attributed to the schools of each guardian's linked children as the roster has them
   * now (a guardian with children in two schools counts in both). Only schools the actor may count; for the
   * home-school report.
   */
  List<SchoolLearning> learningActivity(Actor actor, Instant from, Instant to);

  record CreateItemCommand(
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String schoolId,
      @NotNull GuidanceKind kind,
      @NotBlank @Size(max = GuidanceItem.MAX_TITLE) String title,
      @Size(max = GuidanceItem.MAX_BODY) String body,
      @Size(max = GuidanceItem.MAX_SPEAKER) String speaker,
      @Pattern(regexp = HttpsLink.PATTERN, message = "{jiaolianti.httpsLink}") @Size(max = HttpsLink.MAX)
      String videoUrl,
      Set<@NotNull @Min(1) @Max(12) Integer> targetGrades,
      Set<@NotNull GuidanceTopic> topics) {}

  record AddLessonCommand(
      @RecordId String itemId,
      @NotBlank @Size(max = GuidanceItem.MAX_TITLE) String title,
      @Size(max = GuidanceItem.MAX_BODY) String body,
      @Pattern(regexp = HttpsLink.PATTERN, message = "{jiaolianti.httpsLink}") @Size(max = HttpsLink.MAX)
      String videoUrl) {}

  record LearnCommand(
      @RecordId String itemId,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String lessonId) {}

  /** An item with its lessons (none unless a course). */
  record ItemDetail(GuidanceItem item, List<GuidanceLesson> lessons) {}

  /** One guardian's progress on one item, with the parts completed (item or lesson ids). */
  record OwnProgress(GuidanceItem item, LearningProgress progress, Set<String> completedParts, boolean recordedNow) {}

  /**
   * Counts for one item: guardians who completed at least one part, guardians who completed all, parts completed.
   */
  record ItemStatistics(GuidanceItem item, int learners, int completedLearners, int completions) {}

  /** A child the recommendation suits: id, name (the guardian's own child) and grade. */
  record ChildFit(StudentId student, String name, int grade) {}

  record Recommendation(GuidanceItem item, List<ChildFit> children, LearningProgress progress) {}

  /** Learning activity of one school's guardians in a period. */
  record SchoolLearning(SchoolId school, int completions, int learningGuardians) {}
}
