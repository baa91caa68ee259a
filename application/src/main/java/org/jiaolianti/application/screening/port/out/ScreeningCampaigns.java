package org.jiaolianti.application.screening.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Screening campaigns (心理普测批次, 五(二)2). Nothing is changed or deleted. Lists are ordered newest window first
 * ({@code opensOn} descending), then id.
 *
 * <p>中文：心理普测批次存储。
 */
public interface ScreeningCampaigns {

  /**
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if the id is taken, or the school
   *     already has a campaign with the same term and scale
   */
  void add(ScreeningCampaign campaign);

  Optional<ScreeningCampaign> byId(DistrictCode district, ScreeningCampaignId id);

  List<ScreeningCampaign> ofSchool(DistrictCode district, SchoolId school);

  List<ScreeningCampaign> all(DistrictCode district);
}
