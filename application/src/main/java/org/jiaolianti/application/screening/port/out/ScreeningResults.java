package org.jiaolianti.application.screening.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Imported screening results (心理普测结果, 五(二)2): mental-health data. One result per student and campaign; a
 * corrected re-import replaces it (the application keeps its id). Lists are ordered by student id.
 *
 * <p>中文：心理普测结果存储。
 */
public interface ScreeningResults {

  /**
   * Stores every result, all or nothing: a result with the id of a stored one replaces it (same campaign and student).
   *
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if a campaign would get a second result
   *     of one student under another id
   */
  void save(List<ScreeningResult> results);

  List<ScreeningResult> ofCampaign(DistrictCode district, ScreeningCampaignId campaign);

  /** The latest {@code takenOn} of each of {@code students} that has any result (students without one are absent). */
  Map<StudentId, LocalDate> lastTakenOn(DistrictCode district, Collection<StudentId> students);

  /**
   * The district's results taken on {@code from}..{@code to} (both inclusive), whatever the campaign, ordered by
   * student id then campaign id: one query for the district's aggregates (the mental-health report), not one per
   * campaign.
   */
  List<ScreeningResult> takenBetween(DistrictCode district, LocalDate from, LocalDate to);
}
