package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A student's mental-health file (一生一档, 五(二)2): one per student, opened when a screening, an observation, a
 * home visit or a referral flags concern; graded (a {@code level} code of the seed) and classified ({@code categories},
 * codes of the seed); every level change kept with who, when and why ({@code levelHistory}, oldest first, the first
 * entry being the opening level); {@link CareMark}s with care plans (三(二)6); and the counsellor whose caseload it is
 * in. A screening result only suggests a level: the level changes only through {@link #withLevel} (the counsellor).
 *
 * <p>Storage: the file row plus child rows for categories, level changes and marks; {@link #reconstitute} rebuilds it.
 * Check {@link MentalHealthFileRules} before each change.
 *
 * <p>中文：学生心理健康档案（一生一档，分级分类）。依据：五(二)2
 *
 * @param counsellor the counsellor (user) whose caseload the student is in; null until assigned
 */
public record MentalHealthFile(
    MentalHealthFileId id,
    DistrictCode district,
    SchoolId school,
    StudentId student,
    FileTrigger trigger,
    UserId openedBy,
    Instant openedAt,
    String level,
    Set<String> categories,
    List<LevelChange> levelHistory,
    List<CareMarkEntry> marks,
    UserId counsellor,
    long version) {

  public MentalHealthFile {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(student, "student");
    requireNonNull(trigger, "trigger");
    requireNonNull(openedBy, "openedBy");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(level, "level");
    categories = ImmutableSortedSet.copyOf(categories);
    levelHistory = ImmutableList.copyOf(levelHistory);
    checkArgument(!levelHistory.isEmpty() && levelHistory.get(0).from() == null,
        "the level history starts with the opening level");
    checkArgument(levelHistory.get(levelHistory.size() - 1).to().equals(level),
        "the level is the last level of the history");
    for (int i = 1; i < levelHistory.size(); i++) {
      checkArgument(levelHistory.get(i).from() != null && levelHistory.get(i).from().equals(levelHistory.get(i - 1).to()),
          "each level change starts from the previous level");
    }
    marks = marks.stream().sorted(Comparator.comparing(CareMarkEntry::mark)).collect(ImmutableList.toImmutableList());
    Set<CareMark> seen = EnumSet.noneOf(CareMark.class);
    for (CareMarkEntry m : marks) {
      checkArgument(seen.add(m.mark()), "mark %s given twice", m.mark());
    }
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new file at {@code level}, the opening recorded as the first level change (with {@code note} as the why). */
  public static MentalHealthFile open(MentalHealthFileId id, DistrictCode district, SchoolId school, StudentId student,
      FileTrigger trigger, String level, Set<String> categories, UserId counsellor, UserId by, Instant at,
      String note) {
    return new MentalHealthFile(id, district, school, student, trigger, by, at, level, categories,
        List.of(new LevelChange(null, level, by, at, note)), List.of(), counsellor, 0);
  }

  /** Rebuilds a stored file. */
  public static MentalHealthFile reconstitute(MentalHealthFileId id, DistrictCode district, SchoolId school,
      StudentId student, FileTrigger trigger, UserId openedBy, Instant openedAt, String level, Set<String> categories,
      List<LevelChange> levelHistory, List<CareMarkEntry> marks, UserId counsellor, long version) {
    return new MentalHealthFile(id, district, school, student, trigger, openedBy, openedAt, level, categories,
        levelHistory, marks, counsellor, version);
  }

  /** The level changed to {@code to} by {@code by} for the reason {@code note}; the change is appended. */
  public MentalHealthFile withLevel(String to, UserId by, Instant at, String note) {
    List<LevelChange> history = ImmutableList.<LevelChange>builder().addAll(levelHistory)
        .add(new LevelChange(level, to, by, at, note)).build();
    return new MentalHealthFile(id, district, school, student, trigger, openedBy, openedAt, to, categories, history,
        marks, counsellor, version);
  }

  public MentalHealthFile withCategories(Set<String> newCategories) {
    return new MentalHealthFile(id, district, school, student, trigger, openedBy, openedAt, level, newCategories,
        levelHistory, marks, counsellor, version);
  }

  /** Marked (or, for a mark already set, its plan replaced). */
  public MentalHealthFile marked(CareMark mark, String plan, UserId by, Instant at) {
    List<CareMarkEntry> next = new java.util.ArrayList<>(marks.stream().filter(m -> m.mark() != mark).toList());
    next.add(new CareMarkEntry(mark, plan, by, at));
    return new MentalHealthFile(id, district, school, student, trigger, openedBy, openedAt, level, categories,
        levelHistory, next, counsellor, version);
  }

  public MentalHealthFile unmarked(CareMark mark) {
    return new MentalHealthFile(id, district, school, student, trigger, openedBy, openedAt, level, categories,
        levelHistory, marks.stream().filter(m -> m.mark() != mark).toList(), counsellor, version);
  }

  public MentalHealthFile withCounsellor(UserId newCounsellor) {
    return new MentalHealthFile(id, district, school, student, trigger, openedBy, openedAt, level, categories,
        levelHistory, marks, newCounsellor, version);
  }

  /**
   * The context the note of level change {@code index} (0: the opening) is sealed with (associated data): the
   * history is append-only, so the index of a change never moves; a sealed note copied elsewhere fails to open.
   */
  public static String levelNoteContext(DistrictCode district, MentalHealthFileId id, int index) {
    return "MENTAL_HEALTH_FILE:" + district.value() + ":" + id.value() + ":LEVEL:" + index;
  }

  /** The context the plan of {@code mark} on the file is sealed with. */
  public static String markPlanContext(DistrictCode district, MentalHealthFileId id, CareMark mark) {
    return "MENTAL_HEALTH_FILE:" + district.value() + ":" + id.value() + ":MARK:" + mark.name();
  }

  public Optional<CareMarkEntry> mark(CareMark mark) {
    return marks.stream().filter(m -> m.mark() == mark).findFirst();
  }

  /**
   * Whether the file's level raises the teacher's "needs attention" flag (seed {@code levels[].needsAttention}); a
   * level the settings no longer know raises it (fail safe).
   */
  public boolean needsAttention(MentalHealthSettings settings) {
    return settings.level(level).map(MentalHealthSettings.LevelDefinition::needsAttention).orElse(true);
  }
}
