package org.jiaolianti.domain.mentalhealth;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One student's score on a campaign's scale, imported. It suggests a level ({@link ScreeningRules#suggestedLevel});
 * it never sets one.
 *
 * <p>中文：心理普测结果。依据：五(二)2
 */
public record ScreeningResult(ScreeningResultId id, DistrictCode district, ScreeningCampaignId campaign,
    StudentId student, String scale, BigDecimal score, LocalDate takenOn, UserId importedBy, Instant importedAt) {

  public ScreeningResult {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(campaign, "campaign");
    requireNonNull(student, "student");
    requireNonNull(scale, "scale");
    requireNonNull(score, "score");
    requireNonNull(takenOn, "takenOn");
    requireNonNull(importedBy, "importedBy");
    requireNonNull(importedAt, "importedAt");
  }
}
