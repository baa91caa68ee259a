package org.jiaolianti.domain.mentalhealth;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * Rules of the 一生一档 file (五(二)2 "分级分类建立'一生一档'学生心理档案"): one file per student; levels and
 * categories are codes of the seed; a level change needs a reason and changes the level; a care mark needs a plan.
 *
 * <p>中文：心理档案规则。依据：五(二)2、三(二)6
 */
public final class MentalHealthFileRules {

  /** 五(二)2: 精准帮扶，建好用好学生心理健康档案（一生一档，分级分类）。 */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(二)2");
  /** 三(二)6: 区民政局加强对困境儿童、留守儿童、流动儿童的关心关爱。 */
  public static final ClauseRef CARE_CLAUSE = ClauseRef.of("三(二)6");

  private MentalHealthFileRules() {}

  /** One file per student; the opening level and categories must be seed codes. */
  public static Decision mayOpen(Optional<MentalHealthFile> existing, String level, Set<String> categories,
      MentalHealthSettings settings) {
    if (existing.isPresent()) {
      return Decision.rejected("FILE_ONE_PER_STUDENT", Bilingual.of("该学生已有心理档案（一生一档）",
          "the student already has a file (one file per student)"), CLAUSE);
    }
    Decision l = knownLevel(level, settings);
    return l.isAllowed() ? knownCategories(categories, settings) : l;
  }

  /** A change to a seed level other than the current one, with a reason. */
  public static Decision mayChangeLevel(MentalHealthFile file, String to, String note, MentalHealthSettings settings) {
    Decision l = knownLevel(to, settings);
    if (!l.isAllowed()) {
      return l;
    }
    if (file.level().equals(to)) {
      return Decision.rejected("LEVEL_UNCHANGED", Bilingual.of("档案已是该等级", "the file is already at level " + to),
          CLAUSE);
    }
    if (note == null || note.isBlank()) {
      return Decision.rejected("LEVEL_CHANGE_REASON_REQUIRED", Bilingual.of("调整分级须说明原因",
          "a level change needs a reason"), CLAUSE);
    }
    return Decision.allowed();
  }

  public static Decision maySetCategories(Set<String> categories, MentalHealthSettings settings) {
    return knownCategories(categories, settings);
  }

  /** A left-behind / migrant / in-difficulty mark comes with a care plan. */
  public static Decision mayMark(CareMark mark, String plan) {
    if (plan == null || plan.isBlank()) {
      return Decision.rejected("CARE_MARK_PLAN_REQUIRED", Bilingual.of("标记为" + mark.label().zh() + "须制定关爱计划",
          "marking a " + mark.label().en() + " needs a care plan"), CARE_CLAUSE);
    }
    return Decision.allowed();
  }

  /** Only a mark the file carries is removed. */
  public static Decision mayUnmark(MentalHealthFile file, CareMark mark) {
    if (file.mark(mark).isEmpty()) {
      return Decision.rejected("CARE_MARK_NOT_SET", Bilingual.of("档案没有" + mark.label().zh() + "标记",
          "the file is not marked as a " + mark.label().en()), CARE_CLAUSE);
    }
    return Decision.allowed();
  }

  private static Decision knownLevel(String level, MentalHealthSettings settings) {
    if (level == null || settings.level(level).isEmpty()) {
      return Decision.rejected("LEVEL_UNKNOWN", Bilingual.of("未知的分级：" + level,
          "unknown level " + level + "; the seed's levels are " + settings.levels().stream()
              .map(MentalHealthSettings.LevelDefinition::code).toList()), CLAUSE);
    }
    return Decision.allowed();
  }

  private static Decision knownCategories(Set<String> categories, MentalHealthSettings settings) {
    Set<String> unknown = new TreeSet<>();
    for (String c : categories) {
      if (!settings.hasCategory(c)) {
        unknown.add(c);
      }
    }
    if (!unknown.isEmpty()) {
      return Decision.rejected("CATEGORY_UNKNOWN", Bilingual.of("未知的分类：" + unknown, "unknown categories " + unknown),
          CLAUSE);
    }
    return Decision.allowed();
  }
}
