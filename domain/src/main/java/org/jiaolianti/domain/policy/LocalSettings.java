package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;

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
 * @param feedback the response deadline of guardians' feedback (seed {@code homeSchool.feedbackResponseDays})
 * @param workingCalendars the official holiday calendars of the years the seed provides, by year (may be none)
 * @param mentalHealth 医教互促's local settings (seed {@code localSettings.mentalHealth}; defaults when absent)
 */
public record LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
    int activitiesPerStudentPerTerm, HomeSchoolSettings homeSchool, FeedbackSettings feedback,
    List<WorkingCalendar> workingCalendars, MentalHealthSettings mentalHealth) {

  /** The default limit of activities per student per term when a seed does not set one. */
  public static final int DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM = 3;

  public LocalSettings {
    requireNonNull(establishment, "establishment");
    requireNonNull(homeSchool, "homeSchool");
    requireNonNull(feedback, "feedback");
    requireNonNull(mentalHealth, "mentalHealth");
    checkArgument(!countedSchoolTypes.isEmpty(), "countedSchoolTypes must name at least one school type");
    countedSchoolTypes = Sets.immutableEnumSet(countedSchoolTypes);
    checkArgument(activitiesPerStudentPerTerm >= 1 && activitiesPerStudentPerTerm <= 100,
        "activitiesPerStudentPerTerm must be between 1 and 100, was %s", activitiesPerStudentPerTerm);
    workingCalendars = workingCalendars.stream().sorted(Comparator.comparingInt(WorkingCalendar::year)).toList();
    Set<Integer> years = new HashSet<>();
    for (WorkingCalendar c : workingCalendars) {
      checkArgument(years.add(c.year()), "working calendar of %s given twice", c.year());
    }
  }

  /** With the default mental-health settings. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
      int activitiesPerStudentPerTerm, HomeSchoolSettings homeSchool, FeedbackSettings feedback,
      List<WorkingCalendar> workingCalendars) {
    this(establishment, countedSchoolTypes, activitiesPerStudentPerTerm, homeSchool, feedback, workingCalendars,
        MentalHealthSettings.defaults());
  }

  /** With the default home–school settings and no working calendar. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes) {
    this(establishment, countedSchoolTypes, DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM, HomeSchoolSettings.defaults(),
        FeedbackSettings.defaults(), List.of());
  }

  /** With the default notice and feedback settings. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
      int activitiesPerStudentPerTerm) {
    this(establishment, countedSchoolTypes, activitiesPerStudentPerTerm, HomeSchoolSettings.defaults(),
        FeedbackSettings.defaults(), List.of());
  }

  /** With the default limit of activities per student per term and feedback settings. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
      HomeSchoolSettings homeSchool) {
    this(establishment, countedSchoolTypes, DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM, homeSchool,
        FeedbackSettings.defaults(), List.of());
  }

  /** With the default activity and notice settings. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
      FeedbackSettings feedback, List<WorkingCalendar> workingCalendars) {
    this(establishment, countedSchoolTypes, DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM, HomeSchoolSettings.defaults(),
        feedback, workingCalendars);
  }

  public static LocalSettings defaults() {
    return new LocalSettings(EstablishmentSettings.defaults(), EnumSet.complementOf(EnumSet.of(SchoolType.KINDERGARTEN)));
  }

  /** The calendar of {@code year}, if the seed provides it. */
  public Optional<WorkingCalendar> workingCalendar(int year) {
    return workingCalendars.stream().filter(c -> c.year() == year).findFirst();
  }
}
