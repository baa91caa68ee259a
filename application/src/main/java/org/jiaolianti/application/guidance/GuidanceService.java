package org.jiaolianti.application.guidance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceItemId;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceProgress;
import org.jiaolianti.domain.guidance.GuidanceRules;
import org.jiaolianti.domain.guidance.GuidanceStatus;
import org.jiaolianti.domain.guidance.HttpsLink;
import org.jiaolianti.domain.guidance.LearningProgress;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/** The family-education guidance column: items, lessons, learning progress, recommendations, counts (五(一)2). */
public final class GuidanceService implements GuidanceUseCase {

  private static final Comparator<GuidanceItem> NEWEST_FIRST = Comparator
      .comparing((GuidanceItem i) -> i.publishedAt() == null ? i.createdAt() : i.publishedAt()).reversed()
      .thenComparing(i -> i.id().value());

  private final GuidanceItems items;
  private final Schools schools;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public GuidanceService(GuidanceItems items, Schools schools, Roster roster, AccessControl access, Transactions tx,
      Clock clock, CommandValidator validator) {
    this.items = requireNonNull(items);
    this.schools = requireNonNull(schools);
    this.roster = requireNonNull(roster);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  /** The access target of an item: its publishing school, or the district. */
  public static Target target(GuidanceItem item) {
    return item.publishingSchool().<Target>map(s -> new Target.School(item.district(), s))
        .orElseGet(() -> new Target.District(item.district()));
  }

  @Override
  public GuidanceItem create(Actor actor, CreateItemCommand c) {
    validator.validate(c);
    checkShape(c);
    return tx.inTransaction(() -> {
      SchoolId school = c.schoolId() == null ? null : SchoolId.of(c.schoolId());
      if (school == null) {
        access.check(actor, Action.MANAGE_GUIDANCE, new Target.District(actor.district()));
      } else {
        access.check(actor, Action.MANAGE_GUIDANCE, new Target.School(actor.district(), school));
        if (schools.byId(actor.district(), school).isEmpty()) {
          throw new NotFoundException("school", c.schoolId());
        }
      }
      GuidanceItem item = GuidanceItem.draft(GuidanceItemId.newId(), actor.district(), school, c.kind(),
          c.title().strip(), text(c.body()), c.kind() == GuidanceKind.VIDEO ? c.speaker().strip() : null,
          c.kind() == GuidanceKind.VIDEO ? HttpsLink.of(c.videoUrl()) : null,
          c.targetGrades() == null ? Set.of() : c.targetGrades(), c.topics() == null ? Set.of() : c.topics(),
          actor.userId(), now());
      items.add(item);
      return item;
    });
  }

  /** What a kind needs besides the annotations: an article a body, a video a speaker and a link. */
  private static void checkShape(CreateItemCommand c) {
    if (c.kind() == GuidanceKind.ARTICLE && text(c.body()) == null) {
      throw InvalidInputException.of("body", "NotBlank", "文章须有正文", "an article needs a body");
    }
    if (c.kind() == GuidanceKind.VIDEO) {
      if (text(c.speaker()) == null) {
        throw InvalidInputException.of("speaker", "NotBlank", "讲座视频须注明主讲人", "a lecture video names its speaker");
      }
      if (c.videoUrl() == null) {
        throw InvalidInputException.of("videoUrl", "NotNull", "讲座视频须有 https 链接", "a lecture video needs an https link");
      }
    } else {
      if (c.speaker() != null) {
        throw InvalidInputException.of("speaker", "Null", "只有讲座视频有主讲人", "only a lecture video has a speaker");
      }
      if (c.videoUrl() != null) {
        throw InvalidInputException.of("videoUrl", "Null", "只有讲座视频有视频链接（课程的视频放在课时里）",
            "only a lecture video has a link (a course's videos are in its lessons)");
      }
    }
  }

  @Override
  public List<GuidanceItem> list(Actor actor) {
    return tx.inTransaction(() -> {
      Visibility read = access.visibility(actor, Action.READ_GUIDANCE);
      Visibility manage = access.visibility(actor, Action.MANAGE_GUIDANCE);
      if (!read.permitted() && !manage.permitted()) {
        access.check(actor, Action.READ_GUIDANCE, new Target.District(actor.district()));
      }
      return items.ofDistrict(actor.district()).stream().filter(i -> sees(read, manage, i, actor))
          .sorted(NEWEST_FIRST).toList();
    });
  }

  @Override
  public ItemDetail get(Actor actor, String itemId) {
    return tx.inTransaction(() -> {
      GuidanceItem item = visible(actor, itemId);
      return new ItemDetail(item, items.lessons(actor.district(), item.id()));
    });
  }

  @Override
  public GuidanceItem publish(Actor actor, String itemId) {
    return tx.inTransaction(() -> {
      GuidanceItem item = managed(actor, itemId);
      RuleViolationException.throwIfRejected(GuidanceRules.mayPublish(item,
          items.lessons(actor.district(), item.id()).size()));
      return items.update(item.published(now()));
    });
  }

  @Override
  public GuidanceItem withdraw(Actor actor, String itemId) {
    return tx.inTransaction(() -> {
      GuidanceItem item = managed(actor, itemId);
      RuleViolationException.throwIfRejected(GuidanceRules.mayWithdraw(item));
      return items.update(item.withdrawn(now()));
    });
  }

  @Override
  public GuidanceLesson addLesson(Actor actor, AddLessonCommand c) {
    validator.validate(c);
    if (text(c.body()) == null && c.videoUrl() == null) {
      throw InvalidInputException.of("body", "NotBlank", "课时须有正文或 https 视频链接",
          "a lesson needs a body or an https video link");
    }
    return tx.inTransaction(() -> {
      GuidanceItem item = managed(actor, c.itemId());
      List<GuidanceLesson> lessons = items.lessons(actor.district(), item.id());
      RuleViolationException.throwIfRejected(GuidanceRules.mayAddLesson(item, lessons.size()));
      GuidanceLesson lesson = new GuidanceLesson(Ids.newId(), actor.district(), item.id(), lessons.size() + 1,
          c.title().strip(), text(c.body()), c.videoUrl() == null ? null : HttpsLink.of(c.videoUrl()));
      items.addLesson(lesson);
      return lesson;
    });
  }

  @Override
  public OwnProgress learn(Actor actor, LearnCommand c) {
    validator.validate(c);
    return tx.inTransaction(() -> {
      GuardianId guardian = learner(actor, c.itemId());
      GuidanceItem item = visible(actor, c.itemId());
      checkLearn(actor, item);
      List<GuidanceLesson> lessons = items.lessons(actor.district(), item.id());
      RuleViolationException.throwIfRejected(GuidanceRules.mayLearn(item, c.lessonId(), lessons));
      String part = c.lessonId() == null ? item.id().value() : c.lessonId();
      boolean now = items.recordProgress(new GuidanceProgress(actor.district(), item.id(), part, guardian,
          actor.userId(), now()));
      return own(item, lessons, guardian, now);
    });
  }

  @Override
  public OwnProgress progress(Actor actor, String itemId) {
    return tx.inTransaction(() -> {
      GuardianId guardian = learner(actor, itemId);
      GuidanceItem item = visible(actor, itemId);
      return own(item, items.lessons(actor.district(), item.id()), guardian, false);
    });
  }

  private OwnProgress own(GuidanceItem item, List<GuidanceLesson> lessons, GuardianId guardian, boolean now) {
    List<GuidanceProgress> mine = items.progressOf(item.district(), guardian).stream()
        .filter(p -> p.item().equals(item.id())).toList();
    Set<String> parts = GuidanceRules.parts(item, lessons);
    return new OwnProgress(item, GuidanceRules.progress(item, lessons, mine),
        mine.stream().map(GuidanceProgress::part).filter(parts::contains).collect(Collectors.toUnmodifiableSet()), now);
  }

  @Override
  public ItemStatistics statistics(Actor actor, String itemId) {
    return tx.inTransaction(() -> {
      GuidanceItem item = visible(actor, itemId);
      Visibility counts = access.visibility(actor, Action.READ_GUIDANCE_PROGRESS);
      if (!counts.permitted()) {
        access.check(actor, Action.READ_GUIDANCE_PROGRESS, target(item));
      }
      List<GuidanceLesson> lessons = items.lessons(actor.district(), item.id());
      Set<String> parts = GuidanceRules.parts(item, lessons);
      Map<GuardianId, Set<String>> byGuardian = new HashMap<>();
      for (GuidanceProgress p : items.progressOn(actor.district(), item.id())) {
        if (parts.contains(p.part())) {
          byGuardian.computeIfAbsent(p.guardian(), g -> new HashSet<>()).add(p.part());
        }
      }
      if (!counts.districtWide()) {
        Set<GuardianId> countable = guardiansOfSchools(actor.district(), counts);
        byGuardian.keySet().retainAll(countable);
      }
      int completions = byGuardian.values().stream().mapToInt(Set::size).sum();
      int completed = (int) byGuardian.values().stream().filter(s -> s.size() == parts.size()).count();
      return new ItemStatistics(item, byGuardian.size(), completed, completions);
    });
  }

  /** The guardians with a child in a school {@code counts} includes. */
  private Set<GuardianId> guardiansOfSchools(DistrictCode district, Visibility counts) {
    Set<GuardianId> guardians = new HashSet<>();
    for (var school : schools.all(district)) {
      if (counts.includesSchool(school.id())) {
        for (Student s : roster.studentsOf(district, school.id())) {
          roster.linksOfStudent(district, s.id()).forEach(l -> guardians.add(l.guardian()));
        }
      }
    }
    return guardians;
  }

  @Override
  public List<Recommendation> recommendations(Actor actor) {
    return tx.inTransaction(() -> {
      GuardianId guardian = ownGuardian(actor).orElse(null);
      if (guardian == null) {
        throw notALearner();
      }
      List<Child> children = children(actor.district(), guardian);
      Visibility read = access.visibility(actor, Action.READ_GUIDANCE);
      Visibility manage = access.visibility(actor, Action.MANAGE_GUIDANCE);
      List<GuidanceProgress> mine = items.progressOf(actor.district(), guardian);
      List<Recommendation> done = new ArrayList<>();
      List<Recommendation> open = new ArrayList<>();
      for (GuidanceItem item : items.ofDistrict(actor.district()).stream().sorted(NEWEST_FIRST).toList()) {
        if (item.status() != GuidanceStatus.PUBLISHED || !sees(read, manage, item, actor)) {
          continue;
        }
        List<ChildFit> fits = children.stream()
            .filter(ch -> item.publishingSchool().map(ch.school()::equals).orElse(true))
            .filter(ch -> item.suitsGrade(ch.grade()))
            .map(ch -> new ChildFit(ch.student().id(), ch.student().name(), ch.grade())).toList();
        if (fits.isEmpty()) {
          continue;
        }
        List<GuidanceLesson> lessons = item.kind() == GuidanceKind.COURSE
            ? items.lessons(actor.district(), item.id()) : List.of();
        LearningProgress progress = GuidanceRules.progress(item, lessons,
            mine.stream().filter(p -> p.item().equals(item.id())).toList());
        (progress.completed() ? done : open).add(new Recommendation(item, fits, progress));
      }
      open.addAll(done);
      return List.copyOf(open);
    });
  }

  private record Child(Student student, SchoolId school, int grade) {}

  /** The guardian's linked children with a class (so a grade), in link order. */
  private List<Child> children(DistrictCode district, GuardianId guardian) {
    List<Child> children = new ArrayList<>();
    for (GuardianLink link : roster.linksOfGuardian(district, guardian)) {
      Optional<Student> s = roster.studentById(district, link.student());
      if (s.isEmpty()) {
        continue;
      }
      s.get().optionalClass().flatMap(k -> roster.classById(district, k)).map(SchoolClass::grade)
          .ifPresent(g -> children.add(new Child(s.get(), s.get().school(), g)));
    }
    return children;
  }

  @Override
  public List<SchoolLearning> learningActivity(Actor actor, Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw InvalidInputException.of("to", "After", "结束时间须晚于开始时间", "to must be after from");
    }
    return tx.inTransaction(() -> {
      Visibility counts = access.visibility(actor, Action.READ_GUIDANCE_PROGRESS);
      if (!counts.permitted()) {
        access.check(actor, Action.READ_GUIDANCE_PROGRESS, new Target.District(actor.district()));
      }
      Map<GuardianId, Integer> completions = new HashMap<>();
      for (GuidanceProgress p : items.completedBetween(actor.district(), from, to)) {
        completions.merge(p.guardian(), 1, Integer::sum);
      }
      Map<SchoolId, int[]> bySchool = new LinkedHashMap<>();
      for (Map.Entry<GuardianId, Integer> e : completions.entrySet()) {
        Set<SchoolId> schoolsOfChildren = roster.linksOfGuardian(actor.district(), e.getKey()).stream()
            .map(l -> roster.studentById(actor.district(), l.student())).flatMap(Optional::stream)
            .map(Student::school).filter(counts::includesSchool).collect(Collectors.toSet());
        for (SchoolId s : schoolsOfChildren) {
          int[] c = bySchool.computeIfAbsent(s, k -> new int[2]);
          c[0] += e.getValue();
          c[1]++;
        }
      }
      return bySchool.entrySet().stream().map(e -> new SchoolLearning(e.getKey(), e.getValue()[0], e.getValue()[1]))
          .sorted(Comparator.comparing(l -> l.school().value())).toList();
    });
  }

  /**
   * Whether the actor sees {@code item}: a published item of the district (anyone reading guidance at all) or of a
   * school their reading reaches; any item whose publisher they manage.
   */
  private static boolean sees(Visibility read, Visibility manage, GuidanceItem item, Actor actor) {
    if (manage.includes(target(item))) {
      return true;
    }
    if (item.status() != GuidanceStatus.PUBLISHED || !read.permitted()) {
      return false;
    }
    return item.publishingSchool().map(read::includesSchool).orElse(true);
  }

  /** The item, if the actor sees it (else: not found, as for an unknown id). */
  private GuidanceItem visible(Actor actor, String itemId) {
    GuidanceItem item = find(actor, itemId);
    if (!sees(access.visibility(actor, Action.READ_GUIDANCE), access.visibility(actor, Action.MANAGE_GUIDANCE), item,
        actor)) {
      throw new NotFoundException("guidance item", itemId);
    }
    return item;
  }

  /** The item, if the actor manages its publisher (unseen: not found; seen but not managed: forbidden). */
  private GuidanceItem managed(Actor actor, String itemId) {
    GuidanceItem item = visible(actor, itemId);
    access.check(actor, Action.MANAGE_GUIDANCE, target(item));
    return item;
  }

  /**
   * LEARN_GUIDANCE on the publishing school; for a district item, permitted at all (like reading it: every family of
   * the district is its audience).
   */
  private void checkLearn(Actor actor, GuidanceItem item) {
    if (item.publishingSchool().isPresent()) {
      access.check(actor, Action.LEARN_GUIDANCE, target(item));
    } else if (!access.visibility(actor, Action.LEARN_GUIDANCE).permitted()) {
      throw notALearner();
    }
  }

  private static ForbiddenException notALearner() {
    return new ForbiddenException(Bilingual.of("只有家长可以记录学习进度", "only a guardian records learning progress"));
  }

  /** The caller's guardian record; a caller who is no guardian may not learn (403) — or not see the item (404). */
  private GuardianId learner(Actor actor, String itemId) {
    Optional<GuardianId> guardian = ownGuardian(actor);
    if (guardian.isEmpty()) {
      visible(actor, itemId);
      throw notALearner();
    }
    return guardian.get();
  }

  private GuidanceItem find(Actor actor, String itemId) {
    GuidanceItemId id;
    try {
      id = GuidanceItemId.of(itemId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("guidance item", itemId);
    }
    return items.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("guidance item", itemId));
  }

  private static Optional<GuardianId> ownGuardian(Actor actor) {
    return actor.has(Role.GUARDIAN) ? actor.user().linkedGuardian() : Optional.empty();
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
