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
 * @param homeSchool the notice guardrails of the home–school platform (quiet hours, daily cap per class)
 */
public record LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes,
    HomeSchoolSettings homeSchool) {

  public LocalSettings {
    requireNonNull(establishment, "establishment");
    requireNonNull(homeSchool, "homeSchool");
    checkArgument(!countedSchoolTypes.isEmpty(), "countedSchoolTypes must name at least one school type");
    countedSchoolTypes = Sets.immutableEnumSet(countedSchoolTypes);
  }

  /** With the default home–school settings ({@link HomeSchoolSettings#defaults()}). */
  public LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes) {
    this(establishment, countedSchoolTypes, HomeSchoolSettings.defaults());
  }

  public static LocalSettings defaults() {
    return new LocalSettings(EstablishmentSettings.defaults(), EnumSet.complementOf(EnumSet.of(SchoolType.KINDERGARTEN)));
  }
}
