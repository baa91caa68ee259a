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

/**
 * Settings of a deployment that the document leaves open; the seed marks them as local.
 *
 * <p>中文：本地设置（文件未规定的阈值与口径）。
 *
 * @param establishment the establishment rule's thresholds
 * @param countedSchoolTypes the school types counted in the establishment share (default: all but kindergartens)
 * @param feedback the response deadline of guardians' feedback (seed {@code homeSchool.feedbackResponseDays})
 * @param workingCalendars the official holiday calendars of the years the seed provides, by year (may be none)
 */
public record LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
    FeedbackSettings feedback, List<WorkingCalendar> workingCalendars) {

  public LocalSettings {
    requireNonNull(establishment, "establishment");
    checkArgument(!countedSchoolTypes.isEmpty(), "countedSchoolTypes must name at least one school type");
    countedSchoolTypes = Sets.immutableEnumSet(countedSchoolTypes);
    requireNonNull(feedback, "feedback");
    workingCalendars = workingCalendars.stream().sorted(Comparator.comparingInt(WorkingCalendar::year)).toList();
    Set<Integer> years = new HashSet<>();
    for (WorkingCalendar c : workingCalendars) {
      checkArgument(years.add(c.year()), "working calendar of %s given twice", c.year());
    }
  }

  /** With the default feedback deadline and no working calendar. */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes) {
    this(establishment, countedSchoolTypes, FeedbackSettings.defaults(), List.of());
  }

  public static LocalSettings defaults() {
    return new LocalSettings(EstablishmentSettings.defaults(), EnumSet.complementOf(EnumSet.of(SchoolType.KINDERGARTEN)));
  }

  /** The calendar of {@code year}, if the seed provides it. */
  public Optional<WorkingCalendar> workingCalendar(int year) {
    return workingCalendars.stream().filter(c -> c.year() == year).findFirst();
  }
}
