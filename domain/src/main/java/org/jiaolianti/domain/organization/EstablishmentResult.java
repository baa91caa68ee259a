package org.jiaolianti.domain.organization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * Whether a school has established its 教联体 on a date, and which conditions are unmet.
 *
 * <p>中文：“教联体”建成判定结果。
 */
public record EstablishmentResult(
    SchoolId school, LocalDate asOf, List<UnmetCondition> unmet, Set<Collaboration> coveredCollaborations) {

  public EstablishmentResult {
    unmet = ImmutableList.copyOf(unmet);
    coveredCollaborations = Sets.immutableEnumSet(coveredCollaborations);
  }

  public boolean established() {
    return unmet.isEmpty();
  }

  public boolean isUnmet(EstablishmentCondition condition) {
    return unmet.stream().anyMatch(u -> u.condition() == condition);
  }
}
