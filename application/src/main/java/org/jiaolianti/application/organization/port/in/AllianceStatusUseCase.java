package org.jiaolianti.application.organization.port.in;

import java.time.LocalDate;
import org.jiaolianti.domain.organization.EstablishmentResult;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Has a school established its 教联体 on a date? Lists the unmet conditions.
 *
 * <p>中文：学校“教联体”建成情况。
 */
public interface AllianceStatusUseCase {

  AllianceStatus status(DistrictCode district, SchoolId school, LocalDate asOf);

  /** The school and the rule's result. */
  record AllianceStatus(School school, EstablishmentResult result) {}
}
