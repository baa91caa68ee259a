package org.jiaolianti.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.guidance.port.out.SharedResources;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceItemId;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceProgress;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The guidance-column and shared-resource ports in memory. */
public final class InMemoryGuidance {

  private InMemoryGuidance() {}

  static final Comparator<GuidanceProgress> PROGRESS_ORDER = Comparator.comparing(GuidanceProgress::completedAt)
      .thenComparing(p -> p.guardian().value()).thenComparing(GuidanceProgress::part);

  /** {@link GuidanceItems} in memory. */
  public static final class InMemoryGuidanceItems implements GuidanceItems {

    private final VersionedStore<GuidanceItem> store = new VersionedStore<>("guidance item",
        i -> VersionedStore.key(i.district(), i.id()), GuidanceItem::version,
        (i, v) -> new GuidanceItem(i.id(), i.district(), i.school(), i.kind(), i.title(), i.body(), i.speaker(),
            i.video(), i.targetGrades(), i.topics(), i.status(), i.createdBy(), i.createdAt(), i.publishedAt(),
            i.withdrawnAt(), v));
    private final List<GuidanceLesson> lessons = new ArrayList<>();
    private final List<GuidanceProgress> progress = new ArrayList<>();

    @Override
    public void add(GuidanceItem item) {
      store.add(item);
    }

    @Override
    public Optional<GuidanceItem> byId(DistrictCode district, GuidanceItemId id) {
      return store.get(district, id);
    }

    @Override
    public List<GuidanceItem> ofDistrict(DistrictCode district) {
      return store.find(i -> i.district().equals(district),
          Comparator.comparing(GuidanceItem::createdAt).thenComparing(i -> i.id().value()));
    }

    @Override
    public synchronized GuidanceItem update(GuidanceItem item) {
      store.get(item.district(), item.id()).orElseThrow(() -> new NotFoundException("guidance item", item.id()));
      return store.update(item);
    }

    @Override
    public synchronized void addLesson(GuidanceLesson lesson) {
      if (lessons.stream().anyMatch(l -> l.district().equals(lesson.district()) && (l.id().equals(lesson.id())
          || (l.item().equals(lesson.item()) && l.position() == lesson.position())))) {
        throw ConflictException.duplicate("position", lesson.position());
      }
      lessons.add(lesson);
    }

    @Override
    public synchronized List<GuidanceLesson> lessons(DistrictCode district, GuidanceItemId item) {
      return lessons.stream().filter(l -> l.district().equals(district) && l.item().equals(item))
          .sorted(Comparator.comparingInt(GuidanceLesson::position)).toList();
    }

    @Override
    public synchronized boolean recordProgress(GuidanceProgress p) {
      boolean known = progress.stream().anyMatch(x -> x.district().equals(p.district()) && x.item().equals(p.item())
          && x.part().equals(p.part()) && x.guardian().equals(p.guardian()));
      if (!known) {
        progress.add(p);
      }
      return !known;
    }

    @Override
    public synchronized List<GuidanceProgress> progressOn(DistrictCode district, GuidanceItemId item) {
      return progress.stream().filter(p -> p.district().equals(district) && p.item().equals(item))
          .sorted(PROGRESS_ORDER).toList();
    }

    @Override
    public synchronized List<GuidanceProgress> progressOf(DistrictCode district, GuardianId guardian) {
      return progress.stream().filter(p -> p.district().equals(district) && p.guardian().equals(guardian))
          .sorted(PROGRESS_ORDER).toList();
    }

    @Override
    public synchronized List<GuidanceProgress> completedBetween(DistrictCode district, Instant from, Instant to) {
      return progress.stream().filter(p -> p.district().equals(district) && !p.completedAt().isBefore(from)
          && p.completedAt().isBefore(to)).sorted(PROGRESS_ORDER).toList();
    }
  }

  /** {@link SharedResources} in memory. */
  public static final class InMemorySharedResources implements SharedResources {

    private final VersionedStore<SharedResource> store = new VersionedStore<>("shared resource",
        r -> VersionedStore.key(r.district(), r.id()), SharedResource::version,
        (r, v) -> new SharedResource(r.id(), r.district(), r.school(), r.kind(), r.title(), r.description(), r.link(),
            r.collaborations(), r.sharedBy(), r.sharedAt(), r.withdrawnBy(), r.withdrawnAt(), v));

    @Override
    public void add(SharedResource resource) {
      store.add(resource);
    }

    @Override
    public Optional<SharedResource> byId(DistrictCode district, SharedResourceId id) {
      return store.get(district, id);
    }

    @Override
    public List<SharedResource> ofDistrict(DistrictCode district) {
      return store.find(r -> r.district().equals(district),
          Comparator.comparing(SharedResource::sharedAt).thenComparing(r -> r.id().value()));
    }

    @Override
    public synchronized SharedResource update(SharedResource resource) {
      store.get(resource.district(), resource.id())
          .orElseThrow(() -> new NotFoundException("shared resource", resource.id()));
      return store.update(resource);
    }
  }
}
