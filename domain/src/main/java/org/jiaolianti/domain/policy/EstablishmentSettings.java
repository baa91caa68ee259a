package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The thresholds of the establishment rule ("a school has established its 教联体"). The document
 * says schools build it 因地制宜 and does not state a rule, so these are local settings of the
 * seed; each condition can be switched off.
 *
 * <p>中文：“教联体”建成判定规则（本地设置，文件未规定）。依据：四(一)、四(二)、五(一)1
 *
 * @param minCollaborations K: how many of the six collaborations the active docking agreements must cover
 */
public record EstablishmentSettings(
    boolean requireCompleteCommittee,
    boolean requireZoneMembership,
    boolean requireOwnTownAgreement,
    boolean requireCollaborationCoverage,
    int minCollaborations) {

  public EstablishmentSettings {
    checkArgument(minCollaborations >= 1 && minCollaborations <= Collaboration.values().length,
        "minCollaborations must be between 1 and %s, was %s", Collaboration.values().length, minCollaborations);
  }

  /** The default of MISSION §4: all four conditions, K = 3. */
  public static EstablishmentSettings defaults() {
    return new EstablishmentSettings(true, true, true, true, 3);
  }
}
