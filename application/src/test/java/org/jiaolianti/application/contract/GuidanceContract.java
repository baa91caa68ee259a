package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.guidance.port.out.SharedResources;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceItemId;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceProgress;
import org.jiaolianti.domain.guidance.GuidanceStatus;
import org.jiaolianti.domain.guidance.GuidanceTopic;
import org.jiaolianti.domain.guidance.HttpsLink;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceId;
import org.jiaolianti.domain.guidance.SharedResourceKind;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.Ids;
import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link GuidanceItems} and {@link SharedResources}: items, lessons and resources read back as
 * written (Chinese text and 𠮷 included) per district and in order; status changes bump the version and a stale
 * version is a conflict; progress is recorded once per guardian and part, and read per item, per guardian and per
 * period ({@code [from, to)}); nothing can be removed.
 */
public final class GuidanceContract {

  private GuidanceContract() {}

  /** {@link GuidanceItems}. */
  public abstract static class ItemsContract extends PortContract<GuidanceItems> {

    protected abstract GuidanceItems guidanceItems();

    @Override
    final GuidanceItems newPort() {
      return guidanceItems();
    }

    @Override
    final List<Record> referencedRecords() {
      List<Record> all = new ArrayList<>(world.townsAndSchools());
      all.addAll(world.guardianAndUsers());
      return all;
    }

    private GuidanceItem article(long second) {
      return GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, world.schoolA.id(), GuidanceKind.ARTICLE,
          "如何陪伴孩子阅读" + RARE, "每天二十分钟亲子共读。" + RARE, null, null, Set.of(1, 2, 3),
          EnumSet.of(GuidanceTopic.SCIENTIFIC_PARENTING, GuidanceTopic.FAMILY_TRADITION), world.userA.id(),
          NOW.plusSeconds(second));
    }

    private GuidanceItem districtVideo(long second) {
      return GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null, GuidanceKind.VIDEO, "青春期心理讲座",
          null, "李教授" + RARE, HttpsLink.of("https://video.example.cn/lecture/1?t=0"), Set.of(), Set.of(),
          world.userA.id(), NOW.plusSeconds(second));
    }

    @Test
    void itemsReadBackAsWrittenInCreationOrderPerDistrict() {
      GuidanceItem later = districtVideo(10);
      GuidanceItem earlier = article(0);
      port().add(later);
      port().add(earlier);
      List<GuidanceItem> read = port().ofDistrict(XIANGAN);
      assertThat(read).extracting(GuidanceItem::id).containsExactly(earlier.id(), later.id());
      assertSameRecord(read.get(0), earlier);
      assertSameRecord(read.get(1), later);
      assertSameRecord(port().byId(XIANGAN, later.id()).orElseThrow(), later);
      assertThat(port().ofDistrict(HULI)).isEmpty();
      assertThat(port().byId(HULI, earlier.id())).isEmpty();
      assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(earlier));
    }

    @Test
    void publishThenWithdrawBumpsTheVersion_aStaleVersionIsAConflict() {
      GuidanceItem item = article(0);
      port().add(item);
      GuidanceItem published = port().update(item.published(NOW.plusSeconds(60)));
      assertThat(published.version()).isEqualTo(1);
      assertSameRecord(port().byId(XIANGAN, item.id()).orElseThrow(), published);
      GuidanceItem withdrawn = port().update(published.withdrawn(NOW.plusSeconds(120)));
      GuidanceItem stored = port().byId(XIANGAN, item.id()).orElseThrow();
      assertSameRecord(stored, withdrawn);
      assertThat(stored.status()).isEqualTo(GuidanceStatus.WITHDRAWN);
      assertThat(stored.publishedAt()).isEqualTo(NOW.plusSeconds(60));
      assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(item.published(NOW)));
      assertThatThrownBy(() -> port().update(article(5).published(NOW))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void lessonsReadBackByPosition_aTakenPositionIsADuplicate() {
      GuidanceItem course = GuidanceItem.draft(GuidanceItemId.newId(), XIANGAN, null, GuidanceKind.COURSE,
          "家长课堂" + RARE, null, null, null, Set.of(7), Set.of(GuidanceTopic.MENTAL_HEALTH), world.userA.id(), NOW);
      port().add(course);
      GuidanceLesson second = new GuidanceLesson(Ids.newId(), XIANGAN, course.id(), 2, "第二课", null,
          HttpsLink.of("https://video.example.cn/2"));
      GuidanceLesson first = new GuidanceLesson(Ids.newId(), XIANGAN, course.id(), 1, "第一课" + RARE, "正文" + RARE,
          null);
      port().addLesson(second);
      port().addLesson(first);
      List<GuidanceLesson> lessons = port().lessons(XIANGAN, course.id());
      assertThat(lessons).hasSize(2);
      assertSameRecord(lessons.get(0), first);
      assertSameRecord(lessons.get(1), second);
      assertThat(port().lessons(HULI, course.id())).isEmpty();
      assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addLesson(new GuidanceLesson(Ids.newId(),
          XIANGAN, course.id(), 1, "重复", "正文", null)));
    }

    @Test
    void progressIsRecordedOncePerGuardianAndPart_andReadPerItemGuardianAndPeriod() {
      GuidanceItem a = article(0);
      GuidanceItem v = districtVideo(1);
      port().add(a);
      port().add(v);
      GuidanceProgress readA = new GuidanceProgress(XIANGAN, a.id(), a.id().value(), world.guardian.id(),
          world.userB.id(), NOW.plusSeconds(100));
      assertThat(port().recordProgress(readA)).isTrue();
      assertThat(port().recordProgress(new GuidanceProgress(XIANGAN, a.id(), a.id().value(), world.guardian.id(),
          world.userB.id(), NOW.plusSeconds(500)))).isFalse();
      GuidanceProgress watchedV = new GuidanceProgress(XIANGAN, v.id(), v.id().value(), world.guardian.id(),
          world.userB.id(), NOW.plusSeconds(200));
      assertThat(port().recordProgress(watchedV)).isTrue();
      List<GuidanceProgress> onA = port().progressOn(XIANGAN, a.id());
      assertThat(onA).hasSize(1);
      assertSameRecord(onA.get(0), readA);
      List<GuidanceProgress> mine = port().progressOf(XIANGAN, world.guardian.id());
      assertThat(mine).hasSize(2);
      assertSameRecord(mine.get(0), readA);
      assertSameRecord(mine.get(1), watchedV);
      assertThat(port().completedBetween(XIANGAN, NOW.plusSeconds(100), NOW.plusSeconds(200)))
          .extracting(GuidanceProgress::item).containsExactly(a.id());
      assertThat(port().completedBetween(XIANGAN, NOW, NOW.plusSeconds(201))).hasSize(2);
      assertThat(port().completedBetween(HULI, NOW, NOW.plusSeconds(201))).isEmpty();
      assertThat(port().progressOf(HULI, world.guardian.id())).isEmpty();
    }

    @Test
    void thePortHasNoWayToRemoveAnything() {
      assertThat(Arrays.stream(GuidanceItems.class.getMethods()).map(Method::getName))
          .containsExactlyInAnyOrder("add", "byId", "ofDistrict", "update", "addLesson", "lessons", "recordProgress",
              "progressOn", "progressOf", "completedBetween");
    }
  }

  /** {@link SharedResources}. */
  public abstract static class ResourcesContract extends PortContract<SharedResources> {

    protected abstract SharedResources sharedResources();

    @Override
    final SharedResources newPort() {
      return sharedResources();
    }

    @Override
    final List<Record> referencedRecords() {
      List<Record> all = new ArrayList<>(world.townsAndSchools());
      all.addAll(world.guardianAndUsers());
      return all;
    }

    private SharedResource resource(long second) {
      return new SharedResource(SharedResourceId.newId(), XIANGAN, world.schoolA.id(), SharedResourceKind.TEACHING,
          "防溺水安全教育课件" + RARE, "含教案与课件。" + RARE, HttpsLink.of("https://res.example.cn/a?b=c#d"),
          EnumSet.of(Collaboration.POLICE_SCHOOL, Collaboration.HOME_SCHOOL), world.userA.id(),
          NOW.plusSeconds(second), null, null, 0);
    }

    @Test
    void resourcesReadBackInSharingOrder_withdrawalBumpsTheVersion() {
      SharedResource later = resource(10);
      SharedResource earlier = resource(0);
      port().add(later);
      port().add(earlier);
      List<SharedResource> read = port().ofDistrict(XIANGAN);
      assertThat(read).hasSize(2);
      assertSameRecord(read.get(0), earlier);
      assertSameRecord(read.get(1), later);
      assertThat(port().ofDistrict(HULI)).isEmpty();
      assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(earlier));
      SharedResource withdrawn = port().update(earlier.withdrawn(world.userA.id(), NOW.plusSeconds(60)));
      assertThat(withdrawn.version()).isEqualTo(1);
      assertSameRecord(port().byId(XIANGAN, earlier.id()).orElseThrow(), withdrawn);
      assertConflict(ConflictException.Kind.STALE_VERSION,
          () -> port().update(earlier.withdrawn(world.userA.id(), NOW)));
      assertThat(port().byId(HULI, earlier.id())).isEmpty();
    }

    @Test
    void thePortHasNoWayToRemoveAResource() {
      assertThat(Arrays.stream(SharedResources.class.getMethods()).map(Method::getName))
          .containsExactlyInAnyOrder("add", "byId", "ofDistrict", "update");
    }
  }

}
