package org.jiaolianti.domain.guidance;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The rules of the family-education guidance column and of resource sharing (五(一)2 家校互动云平台: 开设家庭教育指导
 * 专栏, 资源共享). An item is edited while a DRAFT, published once (a course with at least one lesson), withdrawn once
 * published; guardians learn only published items, one part at a time; a course's progress is its completed lessons
 * over its lessons. A shared resource is withdrawn once.
 *
 * <p>中文：家庭教育指导专栏与资源共享规则。
 */
public final class GuidanceRules {

  /** 五(一)2: 搭建家校互动云平台 … 开设家庭教育指导专栏 … 资源共享. */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)2");

  private GuidanceRules() {}

  /** A draft is published; a course needs at least one lesson. */
  public static Decision mayPublish(GuidanceItem item, int lessons) {
    if (item.status() != GuidanceStatus.DRAFT) {
      return Decision.rejected("GUIDANCE_NOT_DRAFT", Bilingual.of("只能发布草稿状态的内容",
          "only a draft is published (" + item.status() + ")"), CLAUSE);
    }
    if (item.kind() == GuidanceKind.COURSE && lessons == 0) {
      return Decision.rejected("GUIDANCE_COURSE_EMPTY", Bilingual.of("课程至少需要一个课时才能发布",
          "a course needs at least one lesson to be published"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** Only a published item is withdrawn. */
  public static Decision mayWithdraw(GuidanceItem item) {
    if (item.status() != GuidanceStatus.PUBLISHED) {
      return Decision.rejected("GUIDANCE_NOT_PUBLISHED", Bilingual.of("只能撤回已发布的内容",
          "only a published item is withdrawn (" + item.status() + ")"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** Lessons are added to a course while it is a draft, up to {@link GuidanceLesson#MAX_LESSONS}. */
  public static Decision mayAddLesson(GuidanceItem item, int lessons) {
    if (item.kind() != GuidanceKind.COURSE) {
      return Decision.rejected("GUIDANCE_NOT_COURSE", Bilingual.of("只有课程可以添加课时",
          "only a course has lessons (" + item.kind() + ")"), CLAUSE);
    }
    if (item.status() != GuidanceStatus.DRAFT) {
      return Decision.rejected("GUIDANCE_NOT_DRAFT", Bilingual.of("课程发布后不能再修改课时",
          "lessons are edited only while the course is a draft (" + item.status() + ")"), CLAUSE);
    }
    if (lessons >= GuidanceLesson.MAX_LESSONS) {
      return Decision.rejected("GUIDANCE_TOO_MANY_LESSONS", Bilingual.of(
          "一门课程最多 " + GuidanceLesson.MAX_LESSONS + " 个课时", "a course has at most "
              + GuidanceLesson.MAX_LESSONS + " lessons"), CLAUSE);
    }
    return Decision.allowed();
  }

  /**
   * A guardian completes a part of a published item: an article or a video as a whole ({@code lessonId} null), a
   * course lesson by lesson ({@code lessonId} one of {@code lessons}).
   */
  public static Decision mayLearn(GuidanceItem item, String lessonId, Collection<GuidanceLesson> lessons) {
    if (item.status() != GuidanceStatus.PUBLISHED) {
      return Decision.rejected("GUIDANCE_NOT_PUBLISHED", Bilingual.of("只能学习已发布的内容",
          "only a published item is learned (" + item.status() + ")"), CLAUSE);
    }
    if (item.kind() == GuidanceKind.COURSE) {
      if (lessonId == null || lessons.stream().noneMatch(l -> l.id().equals(lessonId))) {
        return Decision.rejected("GUIDANCE_LESSON_REQUIRED", Bilingual.of("请指明本课程中已完成的课时",
            "name a lesson of this course that was completed"), CLAUSE);
      }
    } else if (lessonId != null) {
      return Decision.rejected("GUIDANCE_NO_LESSONS", Bilingual.of("文章和视频没有课时",
          "an article or a video has no lessons"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** The parts a guardian completes: the item itself, or each lesson of a course. */
  public static Set<String> parts(GuidanceItem item, Collection<GuidanceLesson> lessons) {
    return item.kind() == GuidanceKind.COURSE
        ? lessons.stream().map(GuidanceLesson::id).collect(Collectors.toUnmodifiableSet())
        : Set.of(item.id().value());
  }

  /** Completed parts of {@code item} among {@code done} (one guardian's progress on it). */
  public static LearningProgress progress(GuidanceItem item, Collection<GuidanceLesson> lessons,
      List<GuidanceProgress> done) {
    Set<String> parts = parts(item, lessons);
    int completed = (int) done.stream().map(GuidanceProgress::part).distinct().filter(parts::contains).count();
    return new LearningProgress(completed, parts.size());
  }

  /** A shared resource is withdrawn once. */
  public static Decision mayWithdraw(SharedResource resource) {
    if (resource.withdrawn()) {
      return Decision.rejected("RESOURCE_WITHDRAWN", Bilingual.of("该共享资源已撤回",
          "the shared resource was already withdrawn"), CLAUSE);
    }
    return Decision.allowed();
  }
}
