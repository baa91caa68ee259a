package org.jiaolianti.domain.mentalhealth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Decision;

/**
 * Screening (心理普测, 五(二)2): one campaign per school, term and scale, with a scale of the seed; results within the
 * campaign's window and the scale's range; a score suggests the level of its seed band (the counsellor decides);
 * a student is due for screening when the seed interval has passed since the last screening.
 *
 * <p>中文：心理普测规则（批次、结果、建议分级、普测周期）。依据：五(二)2（量表、分数段和周期为本地设置）
 */
public final class ScreeningRules {

  private ScreeningRules() {}

  public static Decision mayCreateCampaign(Collection<ScreeningCampaign> existing, SchoolId school, Term term,
      String scale, MentalHealthSettings settings) {
    if (settings.scale(scale).isEmpty()) {
      return Decision.rejected("SCREENING_SCALE_UNKNOWN", Bilingual.of("未知的量表：" + scale,
          "unknown scale " + scale + "; the seed's scales are " + settings.scales().stream()
              .map(MentalHealthSettings.ScreeningScale::code).toList()), MentalHealthFileRules.CLAUSE);
    }
    boolean dup = existing.stream().anyMatch(c -> c.school().equals(school) && c.term().equals(term)
        && c.scale().equals(scale));
    if (dup) {
      return Decision.rejected("SCREENING_CAMPAIGN_EXISTS", Bilingual.of("该校本学期已有该量表的普测批次",
          "the school already has a campaign with this scale in this term"), MentalHealthFileRules.CLAUSE);
    }
    return Decision.allowed();
  }

  public static Decision mayRecordResult(ScreeningCampaign campaign, BigDecimal score, LocalDate takenOn,
      MentalHealthSettings settings) {
    if (!campaign.openOn(takenOn)) {
      return Decision.rejected("SCREENING_OUTSIDE_WINDOW", Bilingual.of("测评日期不在普测时间窗口内",
          "the result's date lies outside the campaign's window " + campaign.opensOn() + ".." + campaign.closesOn()),
          MentalHealthFileRules.CLAUSE);
    }
    Optional<MentalHealthSettings.ScreeningScale> scale = settings.scale(campaign.scale());
    if (scale.isEmpty() || !scale.get().inRange(score)) {
      return Decision.rejected("SCREENING_SCORE_OUT_OF_RANGE", Bilingual.of("分数超出量表范围",
          "the score lies outside the scale's range"), MentalHealthFileRules.CLAUSE);
    }
    return Decision.allowed();
  }

  /** The level the result's score suggests, if the scale has a band for it. Never applied by itself. */
  public static Optional<String> suggestedLevel(ScreeningResult result, MentalHealthSettings settings) {
    return settings.scale(result.scale()).flatMap(s -> s.suggestedLevel(result.score()));
  }

  /** Whether a student last screened on {@code lastScreenedOn} (null: never) is due on {@code day}. */
  public static boolean dueForScreening(LocalDate lastScreenedOn, LocalDate day, MentalHealthSettings settings) {
    return lastScreenedOn == null || !day.isBefore(lastScreenedOn.plusMonths(settings.screeningIntervalMonths()));
  }
}
