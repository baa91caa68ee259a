package org.jiaolianti.application.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.ChildFit;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.CreateItemCommand;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.LearnCommand;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.Recommendation;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.SchoolLearning;
import org.jiaolianti.application.guidance.port.in.SharedResourcesUseCase.ShareCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Collaboration;
import org.junit.jupiter.api.Test;

/**
 * Who sees which guidance item, recommendations by the children's grades, idempotent progress, counts per school
 * and the learning activity for the report; sharing resources between schools. Over the in-memory storage, with
 * {@link NoticeWorld}'s roster: school A (grades 1 and 2; 李母 has a child in each), school B (张父 is not in it).
 */
class GuidanceServiceTest {

  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final User guardianB = w.userFor("chen.fu", w.chenFu);

  private GuidanceItem draft(User who, School school, Set<Integer> grades) {
    return app.guidance().create(w.actor(who), new CreateItemCommand(school == null ? null : school.id().value(),
        GuidanceKind.ARTICLE, "家庭教育" + (school == null ? "区级" : school.name()), "正文", null, null, grades, null));
  }

  private GuidanceItem published(User who, School school, Set<Integer> grades) {
    GuidanceItem d = draft(who, school, grades);
    return app.guidance().publish(w.actor(who), d.id().value());
  }

  private List<String> seen(User who) {
    return app.guidance().list(w.actor(who)).stream().map(i -> i.id().value()).toList();
  }

  @Test
  void guardiansSeeTheDistrictsAndTheirChildrensSchools_staffTheirSchoolsAndTheDistricts() {
    String district = published(w.admin, null, Set.of()).id().value();
    String schoolA = published(w.schoolAdminA, w.schoolA, Set.of()).id().value();
    String schoolB = published(w.admin, w.schoolB, Set.of()).id().value();
    String draftA = draft(w.schoolAdminA, w.schoolA, Set.of()).id().value();
    String districtDraft = draft(w.admin, null, Set.of()).id().value();

    assertThat(seen(w.guardianZhang)).containsExactlyInAnyOrder(district, schoolA);
    assertThat(seen(guardianB)).containsExactlyInAnyOrder(district, schoolB);
    assertThat(seen(w.teacherA11)).containsExactlyInAnyOrder(district, schoolA);
    assertThat(seen(w.schoolAdminA)).containsExactlyInAnyOrder(district, schoolA, draftA);
    assertThat(seen(w.admin)).containsExactlyInAnyOrder(district, schoolA, schoolB, draftA, districtDraft);

    assertThatThrownBy(() -> app.guidance().get(w.actor(guardianB), schoolA)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.guidance().get(w.actor(w.guardianZhang), draftA))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.guidance().get(w.actor(w.schoolAdminA), districtDraft))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.guidance().withdraw(w.actor(w.schoolAdminA), district))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.guidance().publish(w.actor(w.teacherA11), draftA))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.guidance().withdraw(w.actor(w.teacherA11), schoolA))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void recommendationsNameTheChildWhoseGradeFits_notYetCompletedFirst() {
    GuidanceItem grade2 = published(w.schoolAdminA, w.schoolA, Set.of(2));
    GuidanceItem grade1 = published(w.schoolAdminA, w.schoolA, Set.of(1));
    GuidanceItem grade6 = published(w.admin, null, Set.of(6));
    GuidanceItem bGrade1 = published(w.admin, w.schoolB, Set.of(1));
    GuidanceItem all = published(w.admin, null, Set.of());

    List<Recommendation> recs = app.guidance().recommendations(w.actor(w.guardianLi));
    assertThat(recs).extracting(r -> r.item().id()).containsExactlyInAnyOrder(grade2.id(), grade1.id(), all.id())
        .doesNotContain(grade6.id(), bGrade1.id());
    Recommendation forGrade2 = recs.stream().filter(r -> r.item().id().equals(grade2.id())).findFirst().orElseThrow();
    assertThat(forGrade2.children()).extracting(ChildFit::name).containsExactly("赵磊磊");
    Recommendation forAll = recs.stream().filter(r -> r.item().id().equals(all.id())).findFirst().orElseThrow();
    assertThat(forAll.children()).extracting(ChildFit::grade).containsExactlyInAnyOrder(1, 2);

    app.guidance().learn(w.actor(w.guardianLi), new LearnCommand(all.id().value(), null));
    List<Recommendation> after = app.guidance().recommendations(w.actor(w.guardianLi));
    assertThat(after.get(after.size() - 1).item().id()).isEqualTo(all.id());
    assertThat(after.get(after.size() - 1).progress().completed()).isTrue();

    assertThatThrownBy(() -> app.guidance().recommendations(w.actor(w.teacherA11)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void progressIsIdempotent_ownOnly_andCountedPerSchoolWithoutNames() {
    GuidanceItem district = published(w.admin, null, Set.of());
    String id = district.id().value();
    assertThat(app.guidance().learn(w.actor(w.guardianZhang), new LearnCommand(id, null)).recordedNow()).isTrue();
    assertThat(app.guidance().learn(w.actor(w.guardianZhang), new LearnCommand(id, null)).recordedNow()).isFalse();
    app.guidance().learn(w.actor(guardianB), new LearnCommand(id, null));
    assertThat(app.guidance().progress(w.actor(w.guardianLi), id).progress().completedParts()).isZero();
    assertThat(app.guidance().progress(w.actor(w.guardianZhang), id).progress().completed()).isTrue();
    assertThatThrownBy(() -> app.guidance().learn(w.actor(w.teacherA11), new LearnCommand(id, null)))
        .isInstanceOf(ForbiddenException.class);

    // school A's leader counts school A's guardians only; the district counts all
    assertThat(app.guidance().statistics(w.actor(w.schoolAdminA), id).learners()).isEqualTo(1);
    assertThat(app.guidance().statistics(w.actor(w.admin), id).learners()).isEqualTo(2);
    assertThat(app.guidance().statistics(w.actor(w.admin), id).completions()).isEqualTo(2);
    assertThatThrownBy(() -> app.guidance().statistics(w.actor(w.teacherA11), id))
        .isInstanceOf(ForbiddenException.class);

    List<SchoolLearning> activity = app.guidance().learningActivity(w.actor(w.admin), NoticeWorld.MORNING,
        NoticeWorld.MORNING.plus(Duration.ofDays(1)));
    assertThat(activity).containsExactlyInAnyOrder(new SchoolLearning(w.schoolA.id(), 1, 1),
        new SchoolLearning(w.schoolB.id(), 1, 1));
    assertThat(app.guidance().learningActivity(w.actor(w.schoolAdminA), NoticeWorld.MORNING,
        NoticeWorld.MORNING.plusSeconds(1))).containsExactly(new SchoolLearning(w.schoolA.id(), 1, 1));
    assertThat(app.guidance().learningActivity(w.actor(w.admin), NoticeWorld.MORNING.plusSeconds(1),
        NoticeWorld.MORNING.plus(Duration.ofDays(1)))).isEmpty();
    assertThatThrownBy(() -> app.guidance().learningActivity(w.actor(w.admin), NoticeWorld.MORNING,
        NoticeWorld.MORNING)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aVideoNeedsAnHttpsLink_namingTheField() {
    InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
        app.guidance().create(w.actor(w.admin), new CreateItemCommand(null, GuidanceKind.VIDEO, "讲座", null, "王医生",
            "http://v.example.cn/1", null, null)));
    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("videoUrl");
  }

  @Test
  void resourcesAreSharedWithEveryStaffMember_withdrawnByTheirSchoolOnly() {
    SharedResource r = app.sharedResources().share(w.actor(w.teacherA11), new ShareCommand(w.schoolA.id().value(),
        SharedResourceKind.ACTIVITY, "研学活动方案", null, "https://res.example.cn/1", Set.of(Collaboration.VENUE_SCHOOL)));
    User teacherB = w.staffOf("teacher.b", w.schoolB);
    assertThat(app.sharedResources().list(w.actor(teacherB))).extracting(SharedResource::id).containsExactly(r.id());
    assertThatThrownBy(() -> app.sharedResources().list(w.actor(w.guardianZhang)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.sharedResources().withdraw(w.actor(teacherB), r.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.sharedResources().withdraw(w.actor(w.schoolAdminA), r.id().value()).withdrawn()).isTrue();
    assertThat(app.sharedResources().list(w.actor(teacherB))).isEmpty();
    assertThat(app.sharedResources().list(w.actor(w.teacherA12))).hasSize(1);
  }
}
