package org.jiaolianti.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/** Another district ships its own seed directory and loads it without code changes. */
class OtherDistrictSeedTest {

  private final Policy other = PolicySeedLoader.load(Path.of("src/test/resources/other-district")).policy();
  private final Policy xiangan = PolicySeedLoader.loadBundled("xiangan-2025").policy();

  @Test
  void loadsADifferentDistrictWithItsOwnUnitsTargetsAndThresholds() {
    assertThat(other.district().value()).isEqualTo("350206").isNotEqualTo(xiangan.district().value());
    assertThat(other.units()).hasSize(5);
    assertThat(other.measures()).hasSize(7);
    var share = other.milestone(MilestoneMetric.ESTABLISHMENT_SHARE).orElseThrow().targets();
    assertThat(share).extracting(t -> t.year()).containsExactly(2026, 2027, 2028);
    assertThat(share.get(0).value()).isEqualByComparingTo(new BigDecimal("0.6"));
    assertThat(other.localSettings().establishment().minCollaborations()).isEqualTo(2);
    assertThat(other.localSettings().establishment().requireZoneMembership()).isFalse();
    assertThat(other.localSettings().countedSchoolTypes()).contains(SchoolType.KINDERGARTEN);
  }

  @Test
  void itsDutyMatrixIsComputedByTheSameEngine() {
    var matrix = other.dutyMatrix();
    assertThat(matrix.units()).hasSize(5);
    assertThat(matrix.cells()).isNotEmpty();
    assertThat(matrix.toCsv()).startsWith("measureCode,").contains("LIBRARY_CENTRE");
  }
}
