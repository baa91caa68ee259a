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
 */
public record LocalSettings(EstablishmentSettings establishment, Set<SchoolType> countedSchoolTypes) {

  public LocalSettings {
    requireNonNull(establishment, "establishment");
    checkArgument(!countedSchoolTypes.isEmpty(), "countedSchoolTypes must name at least one school type");
    countedSchoolTypes = Sets.immutableEnumSet(countedSchoolTypes);
  }

  public static LocalSettings defaults() {
    return new LocalSettings(EstablishmentSettings.defaults(), EnumSet.complementOf(EnumSet.of(SchoolType.KINDERGARTEN)));
  }
}
