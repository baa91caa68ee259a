package org.jiaolianti.seeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.Bilingual;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code localSettings.mentalHealth}: loaded from the Xiang'an seed, defaulted when absent, round-tripped, errors named. */
class MentalHealthSeedTest {

  @TempDir Path dir;

  private final Policy xiangan = PolicySeedLoader.loadBundled("xiangan-2025").policy();

  private static String xianganText() throws IOException {
    return Files.readString(Path.of("xiangan-2025", "policy.yaml"), UTF_8);
  }

  private static Policy parse(String yaml) {
    return PolicySeedLoader.parse("written", new ByteArrayInputStream(yaml.getBytes(UTF_8)));
  }

  private String brokenMessage(String yaml) throws IOException {
    Files.writeString(dir.resolve("policy.yaml"), yaml, UTF_8);
    try {
      PolicySeedLoader.load(dir);
    } catch (SeedException e) {
      return e.getMessage();
    }
    throw new AssertionError("the broken seed loaded");
  }

  @Test
  void theXianganSeedGivesTheSettingsOfTheBrief() {
    MentalHealthSettings m = xiangan.localSettings().mentalHealth();
    assertThat(m.levels()).extracting(MentalHealthSettings.LevelDefinition::code)
        .containsExactly("ROUTINE", "ATTENTION", "KEY_ATTENTION", "CRISIS");
    assertThat(m.level("ROUTINE").orElseThrow().needsAttention()).isFalse();
    assertThat(m.level("KEY_ATTENTION").orElseThrow().label()).isEqualTo(Bilingual.of("重点关注", "key attention"));
    assertThat(m.categories()).extracting(MentalHealthSettings.CategoryDefinition::code)
        .containsExactly("STUDY_PRESSURE", "FAMILY", "RELATIONSHIPS", "EMOTION", "BEHAVIOUR", "SELF_HARM_RISK");
    assertThat(m.screeningIntervalMonths()).isEqualTo(12);
    assertThat(m.scale("PHQ9").orElseThrow().suggestedLevel(new BigDecimal("12"))).hasValue("KEY_ATTENTION");
    assertThat(m.limitFor(ReferralUrgency.CRISIS).acceptHours()).isEqualTo(24);
    assertThat(m.guardianSummaryShown()).isTrue();
    assertThat(m.breakGlassMinutes()).isEqualTo(60);
    assertThat(m.smallCountThreshold()).isEqualTo(5);
    assertThat(m.counsellorCoverageTarget()).isEqualByComparingTo("0.95");
    assertThat(m.auditRetentionMonths()).isEqualTo(36);
    // the seed spells out the defaults
    assertThat(m).isEqualTo(MentalHealthSettings.defaults());
  }

  @Test
  void aSeedWithoutTheBlockGetsTheDefaults_andAPartialBlockDefaultsTheRest() throws IOException {
    String text = xianganText();
    String without = text.substring(0, text.indexOf("  # 医教互促的本地设置"));
    assertThat(parse(without).localSettings().mentalHealth()).isEqualTo(MentalHealthSettings.defaults());
    String partial = without + "  mentalHealth:\n    breakGlassMinutes: 30\n    guardianSummaryShown: false\n";
    MentalHealthSettings m = parse(partial).localSettings().mentalHealth();
    assertThat(m.breakGlassMinutes()).isEqualTo(30);
    assertThat(m.guardianSummaryShown()).isFalse();
    assertThat(m.levels()).isEqualTo(MentalHealthSettings.defaultLevels());
    assertThat(m.auditRetentionMonths()).isEqualTo(36);
  }

  @Test
  void changedSettingsRoundTripThroughTheWriter() {
    LocalSettings local = xiangan.localSettings();
    MentalHealthSettings changed = new MentalHealthSettings(
        List.of(new MentalHealthSettings.LevelDefinition("GREEN", Bilingual.of("绿", "green"), 1, false),
            new MentalHealthSettings.LevelDefinition("RED", Bilingual.of("红", "red"), 2, true)),
        List.of(new MentalHealthSettings.CategoryDefinition("SLEEP", Bilingual.of("睡眠", "sleep"))), 6,
        List.of(new MentalHealthSettings.ScreeningScale("MHT", Bilingual.of("心理健康诊断测验", "MHT"),
            BigDecimal.ZERO, new BigDecimal("100"), List.of(
                new MentalHealthSettings.ScoreBand(BigDecimal.ZERO, new BigDecimal("64.5"), "GREEN"),
                new MentalHealthSettings.ScoreBand(new BigDecimal("65"), new BigDecimal("100"), "RED")))),
        List.of(new MentalHealthSettings.ReferralTimeLimit(ReferralUrgency.ROUTINE, 100, 200, 300),
            new MentalHealthSettings.ReferralTimeLimit(ReferralUrgency.CRISIS, 12, 48, 240),
            new MentalHealthSettings.ReferralTimeLimit(ReferralUrgency.URGENT, 48, 96, 480)),
        false, 45, 10, new BigDecimal("0.900"), 6);
    Policy policy = Policy.builder().document(xiangan.document()).units(xiangan.units()).sections(xiangan.sections())
        .subjects(xiangan.subjects()).mechanism(xiangan.mechanism()).collaborations(xiangan.collaborations())
        .guarantees(xiangan.guarantees()).milestones(xiangan.milestones())
        .localSettings(new LocalSettings(local.establishment(), local.countedSchoolTypes(),
            local.activitiesPerStudentPerTerm(), local.homeSchool(), local.feedback(), local.workingCalendars(),
            changed)).build();
    String yaml = PolicySeedWriter.write(policy);
    assertThat(yaml).contains("mentalHealth:").contains("breakGlassMinutes: 45").contains("to: 64.5")
        .contains("counsellorCoverageTarget: 0.9");
    Policy read = parse(yaml);
    assertThat(read.localSettings().mentalHealth()).isEqualTo(changed);
    assertThat(read.localSettings()).isEqualTo(policy.localSettings());
    assertThat(parse(PolicySeedWriter.write(xiangan)).localSettings()).isEqualTo(xiangan.localSettings());
  }

  @Test
  void errorsNameTheSeedPath() throws IOException {
    String text = xianganText();
    assertThat(brokenMessage(text.replace("auditRetentionMonths: 36", "auditRetentionMonths: 5")))
        .contains("localSettings.mentalHealth").contains("legal floor");
    assertThat(brokenMessage(text.replace("{from: 5, to: 9, level: ATTENTION}", "{from: 5, to: 9, level: WATCH}")))
        .contains("localSettings.mentalHealth.scales[0].bands[1].level").contains("unknown level 'WATCH'");
    assertThat(brokenMessage(text.replace("{from: 5, to: 9, level: ATTENTION}", "{from: 4, to: 9, level: ATTENTION}")))
        .contains("localSettings.mentalHealth.scales[0]").contains("overlap");
    assertThat(brokenMessage(text.replace("      - {urgency: ROUTINE, acceptHours: 168, outcomeHours: 720, returnHours: 1440}\n",
        ""))).contains("localSettings.mentalHealth").contains("every urgency");
    assertThat(brokenMessage(text.replace("{urgency: URGENT,", "{urgency: SOON,")))
        .contains("localSettings.mentalHealth.referralTimeLimits[1].urgency").contains("SOON");
    assertThat(brokenMessage(text.replace("breakGlassMinutes: 60", "breakGlassMinutes: sixty")))
        .contains("localSettings.mentalHealth.breakGlassMinutes").contains("whole number");
    assertThat(brokenMessage(text.replace("counsellorCoverageTarget: 0.95", "counsellorCoverageTarget: 1.5")))
        .contains("localSettings.mentalHealth").contains("counsellorCoverageTarget");
    assertThat(brokenMessage(text.replace("    smallCountThreshold: 5", "    smallCountTreshold: 5")))
        .contains("localSettings.mentalHealth.smallCountTreshold").contains("unknown field");
    assertThat(brokenMessage(text.replace("{code: FAMILY, name: 家庭, nameEn: family}",
        "{code: family, name: 家庭, nameEn: family}"))).contains("localSettings.mentalHealth.categories[1]");
  }
}
