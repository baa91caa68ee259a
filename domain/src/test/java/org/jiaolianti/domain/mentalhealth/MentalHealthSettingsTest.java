package org.jiaolianti.domain.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.shared.Bilingual;
import org.junit.jupiter.api.Test;

/** The defaults and the checks of the mental-health settings. */
class MentalHealthSettingsTest {

  private static final MentalHealthSettings D = MentalHealthSettings.defaults();

  private static MentalHealthSettings with(int breakGlass, int threshold, String target, int retention) {
    return new MentalHealthSettings(D.levels(), D.categories(), 12, D.scales(), D.referralTimeLimits(), true,
        breakGlass, threshold, new BigDecimal(target), retention);
  }

  @Test
  void defaultsAreTheBriefsAndLocalSettingsCarryThem() {
    assertThat(D.levels()).extracting(MentalHealthSettings.LevelDefinition::code)
        .containsExactly("ROUTINE", "ATTENTION", "KEY_ATTENTION", "CRISIS");
    assertThat(D.breakGlassMinutes()).isEqualTo(60);
    assertThat(D.smallCountThreshold()).isEqualTo(5);
    assertThat(D.counsellorCoverageTarget()).isEqualByComparingTo("0.95");
    assertThat(D.auditRetentionMonths()).isEqualTo(36);
    assertThat(D.limitFor(ReferralUrgency.CRISIS).hours(ReferralStep.ACCEPTANCE)).isEqualTo(24);
    assertThat(LocalSettings.defaults().mentalHealth()).isEqualTo(D);
    assertThat(D.suppressed(0)).isFalse();
    assertThat(D.suppressed(4)).isTrue();
    assertThat(D.suppressed(5)).isFalse();
    // equal numbers make equal settings whatever their scale
    assertThat(with(60, 5, "0.950", 36)).isEqualTo(D);
  }

  @Test
  void badValuesAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> with(60, 5, "0.95", 5)).withMessageContaining("legal floor");
    assertThatIllegalArgumentException().isThrownBy(() -> with(0, 5, "0.95", 36));
    assertThatIllegalArgumentException().isThrownBy(() -> with(60, 0, "0.95", 36));
    assertThatIllegalArgumentException().isThrownBy(() -> with(60, 5, "1.01", 36));
    assertThatIllegalArgumentException().isThrownBy(() -> with(60, 5, "0", 36));
    assertThatIllegalArgumentException().isThrownBy(() -> new MentalHealthSettings(D.levels(), D.categories(), 12,
        D.scales(), D.referralTimeLimits().subList(0, 2), true, 60, 5, BigDecimal.ONE, 36))
        .withMessageContaining("every urgency");
    assertThatIllegalArgumentException().isThrownBy(() -> new MentalHealthSettings(
        List.of(D.levels().get(0), new MentalHealthSettings.LevelDefinition("ROUTINE", Bilingual.of("再", "again"), 9,
            false)), D.categories(), 12, List.of(), D.referralTimeLimits(), true, 60, 5, BigDecimal.ONE, 36))
        .withMessageContaining("given twice");
    assertThatIllegalArgumentException().isThrownBy(() -> new MentalHealthSettings(D.levels().subList(0, 2),
        D.categories(), 12, D.scales(), D.referralTimeLimits(), true, 60, 5, BigDecimal.ONE, 36))
        .withMessageContaining("KEY_ATTENTION");
    assertThatIllegalArgumentException().isThrownBy(() -> new MentalHealthSettings.LevelDefinition("low",
        Bilingual.of("低", "low"), 1, false));
  }
}
