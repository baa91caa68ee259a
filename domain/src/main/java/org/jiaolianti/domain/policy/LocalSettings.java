package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of a deployment that the document leaves open; the seed marks them as local.
 *
 * <p>中文：本地设置（文件未规定的阈值与口径）。
 *
 * @param establishment the establishment rule's thresholds
 * @param countedSchoolTypes the school types counted in the establishment share (default: all but kindergartens)
 * @param activitiesPerStudentPerTerm 家校互动 activity registration: how many activities one student may be
 *     registered for (confirmed, waitlisted or pending) per term (seed
 *     {@code localSettings.homeSchool.activitiesPerStudentPerTerm}; default {@value #DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM})
 * @param homeSchool the notice guardrails of the home–school platform (quiet hours, daily cap per class)
 */
public record LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
    int activitiesPerStudentPerTerm, HomeSchoolSettings homeSchool) {

  /** The default limit of activities per student per term when a seed does not set one. */
  public static final int DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM = 3;

  public LocalSettings {
    requireNonNull(establishment, "establishment");
    requireNonNull(homeSchool, "homeSchool");
    checkArgument(!countedSchoolTypes.isEmpty(), "countedSchoolTypes must name at least one school type");
    countedSchoolTypes = Sets.immutableEnumSet(countedSchoolTypes);
    checkArgument(activitiesPerStudentPerTerm >= 1 && activitiesPerStudentPerTerm <= 100,
        "activitiesPerStudentPerTerm must be between 1 and 100, was %s", activitiesPerStudentPerTerm);
  }

  /** With the default home–school settings. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes) {
    this(establishment, countedSchoolTypes, DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM, HomeSchoolSettings.defaults());
  }

  /** With the default notice settings. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
      int activitiesPerStudentPerTerm) {
    this(establishment, countedSchoolTypes, activitiesPerStudentPerTerm, HomeSchoolSettings.defaults());
  }

  /** With the default limit of activities per student per term. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
      HomeSchoolSettings homeSchool) {
    this(establishment, countedSchoolTypes, DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM, homeSchool);
  }

  public static LocalSettings defaults() {
    return new LocalSettings(EstablishmentSettings.defaults(), EnumSet.complementOf(EnumSet.of(SchoolType.KINDERGARTEN)));
  }
}
