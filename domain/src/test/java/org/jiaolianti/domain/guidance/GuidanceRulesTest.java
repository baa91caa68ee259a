package org.jiaolianti.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guidance column's rules (五(一)2): status flow, lessons, learning parts and progress, https links. */
class GuidanceRulesTest {

  private static final DistrictCode XIANGAN = DistrictCode.of("350213");
  private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
  private static final UserId AUTHOR = UserId.of("author");
  private static final GuardianId GUARDIAN = GuardianId.of("guardian");

  private static GuidanceItem article() {
    return GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, SchoolId.of("school-a"), GuidanceKind.ARTICLE,
        "亲子阅读", "每天二十分钟。", null, null, Set.of(1, 2), EnumSet.of(GuidanceTopic.SCIENTIFIC_PARENTING), AUTHOR, T);
  }

  private static GuidanceItem course() {
    return GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null, GuidanceKind.COURSE, "家长课堂", null, null, null,
        Set.of(), Set.of(), AUTHOR, T);
  }

  private static GuidanceLesson lesson(GuidanceItem course, int position) {
    return new GuidanceLesson("lesson-" + position, XIANGAN, course.id(), position, "第" + position + "课", "正文",
        null);
  }

  private static void rejected(Decision d, String rule) {
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.toString()).contains(rule).contains("五(一)2");
  }

  @Test
  void aDraftIsPublishedOnce_aCourseNeedsALesson_onlyAPublishedItemIsWithdrawn() {
    GuidanceItem a = article();
    assertThat(GuidanceRules.mayPublish(a, 0).isAllowed()).isTrue();
    rejected(GuidanceRules.mayWithdraw(a), "GUIDANCE_NOT_PUBLISHED");
    GuidanceItem published = a.published(T);
    rejected(GuidanceRules.mayPublish(published, 0), "GUIDANCE_NOT_DRAFT");
    assertThat(GuidanceRules.mayWithdraw(published).isAllowed()).isTrue();
    GuidanceItem withdrawn = published.withdrawn(T.plusSeconds(60));
    assertThat(withdrawn.publishedAt()).isEqualTo(T);
    rejected(GuidanceRules.mayWithdraw(withdrawn), "GUIDANCE_NOT_PUBLISHED");
    rejected(GuidanceRules.mayPublish(withdrawn, 0), "GUIDANCE_NOT_DRAFT");
    rejected(GuidanceRules.mayPublish(course(), 0), "GUIDANCE_COURSE_EMPTY");
    assertThat(GuidanceRules.mayPublish(course(), 1).isAllowed()).isTrue();
  }

  @Test
  void lessonsAreAddedToADraftCourseOnly_upToTheLimit() {
    GuidanceItem c = course();
    assertThat(GuidanceRules.mayAddLesson(c, 0).isAllowed()).isTrue();
    rejected(GuidanceRules.mayAddLesson(c, GuidanceLesson.MAX_LESSONS), "GUIDANCE_TOO_MANY_LESSONS");
    rejected(GuidanceRules.mayAddLesson(c.published(T), 1), "GUIDANCE_NOT_DRAFT");
    rejected(GuidanceRules.mayAddLesson(article(), 0), "GUIDANCE_NOT_COURSE");
  }

  @Test
  void aGuardianLearnsPublishedItems_aCourseLessonByLesson() {
    GuidanceItem c = course().published(T);
    List<GuidanceLesson> lessons = List.of(lesson(c, 1), lesson(c, 2));
    assertThat(GuidanceRules.mayLearn(c, "lesson-1", lessons).isAllowed()).isTrue();
    rejected(GuidanceRules.mayLearn(c, null, lessons), "GUIDANCE_LESSON_REQUIRED");
    rejected(GuidanceRules.mayLearn(c, "lesson-9", lessons), "GUIDANCE_LESSON_REQUIRED");
    GuidanceItem a = article();
    rejected(GuidanceRules.mayLearn(a, null, List.of()), "GUIDANCE_NOT_PUBLISHED");
    assertThat(GuidanceRules.mayLearn(a.published(T), null, List.of()).isAllowed()).isTrue();
    rejected(GuidanceRules.mayLearn(a.published(T), "lesson-1", List.of()), "GUIDANCE_NO_LESSONS");
    rejected(GuidanceRules.mayLearn(a.published(T).withdrawn(T), null, List.of()), "GUIDANCE_NOT_PUBLISHED");
  }

  @Test
  void courseProgressIsCompletedLessonsOverLessons_repeatsAndStrayPartsDoNotCount() {
    GuidanceItem c = course().published(T);
    List<GuidanceLesson> lessons = List.of(lesson(c, 1), lesson(c, 2), lesson(c, 3), lesson(c, 4));
    List<GuidanceProgress> done = List.of(done(c, "lesson-1"), done(c, "lesson-1"), done(c, "lesson-3"),
        done(c, "not-a-lesson"));
    LearningProgress p = GuidanceRules.progress(c, lessons, done);
    assertThat(p).isEqualTo(new LearningProgress(2, 4));
    assertThat(p.share()).isEqualByComparingTo("0.5");
    assertThat(p.completed()).isFalse();
    GuidanceItem a = article().published(T);
    assertThat(GuidanceRules.progress(a, List.of(), List.of()).share()).isEqualByComparingTo("0");
    LearningProgress read = GuidanceRules.progress(a, List.of(), List.of(done(a, a.id().value())));
    assertThat(read.completed()).isTrue();
    assertThat(read.share()).isEqualByComparingTo("1");
    assertThat(new LearningProgress(1, 3).share()).isEqualByComparingTo("0.3333");
  }

  private static GuidanceProgress done(GuidanceItem item, String part) {
    return new GuidanceProgress(XIANGAN, item.id(), part, GUARDIAN, AUTHOR, T);
  }

  @Test
  void targetGradesSuit_emptyMeansAll() {
    assertThat(article().suitsGrade(2)).isTrue();
    assertThat(article().suitsGrade(3)).isFalse();
    assertThat(course().suitsGrade(12)).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null,
        GuidanceKind.ARTICLE, "t", "b", null, null, Set.of(13), Set.of(), AUTHOR, T));
  }

  @Test
  void aVideoAndOnlyAVideoHasASpeakerAndALink_anArticleHasABody() {
    HttpsLink link = HttpsLink.of("https://video.example.cn/1");
    GuidanceItem video = GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null, GuidanceKind.VIDEO, "讲座", null,
        "李教授", link, Set.of(), Set.of(), AUTHOR, T);
    assertThat(video.video()).isEqualTo(link);
    assertThatIllegalArgumentException().isThrownBy(() -> GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null,
        GuidanceKind.VIDEO, "讲座", null, null, link, Set.of(), Set.of(), AUTHOR, T));
    assertThatIllegalArgumentException().isThrownBy(() -> GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null,
        GuidanceKind.ARTICLE, "文章", "正文", "李教授", link, Set.of(), Set.of(), AUTHOR, T));
    assertThatIllegalArgumentException().isThrownBy(() -> GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null,
        GuidanceKind.ARTICLE, "文章", null, null, null, Set.of(), Set.of(), AUTHOR, T));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://video.example.cn/1", "javascript:alert(1)", "data:text/html,<b>x</b>",
      "https://", "https:// example.cn", "https://example.cn/a b", "ftp://example.cn", "HTTPS://", "//example.cn",
      "https://example.cn/\u0007"})
  void onlyHttpsLinksAreAccepted(String bad) {
    assertThat(HttpsLink.isValid(bad)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> HttpsLink.of(bad));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://video.example.cn", "https://video.example.cn/lecture/1?t=30#part2",
      "https://127.0.0.1:8443/v", "https://example.cn/路径"})
  void httpsLinksAreAccepted(String good) {
    assertThat(HttpsLink.of(good).value()).isEqualTo(good);
  }

  @Test
  void aSharedResourceServesACollaborationAndIsWithdrawnOnce() {
    SharedResource r = new SharedResource(SharedResourceId.newId(), XIANGAN, SchoolId.of("school-a"),
        SharedResourceKind.ACTIVITY, "研学活动方案", null, HttpsLink.of("https://res.example.cn/1"),
        Set.of(Collaboration.VENUE_SCHOOL), AUTHOR, T, null, null, 0);
    assertThat(GuidanceRules.mayWithdraw(r).isAllowed()).isTrue();
    SharedResource withdrawn = r.withdrawn(AUTHOR, T);
    assertThat(withdrawn.withdrawn()).isTrue();
    rejected(GuidanceRules.mayWithdraw(withdrawn), "RESOURCE_WITHDRAWN");
    assertThatIllegalArgumentException().isThrownBy(() -> new SharedResource(SharedResourceId.newId(), XIANGAN,
        SchoolId.of("school-a"), SharedResourceKind.ACTIVITY, "t", null, HttpsLink.of("https://res.example.cn/1"),
        Set.of(), AUTHOR, T, null, null, 0));
  }
}
