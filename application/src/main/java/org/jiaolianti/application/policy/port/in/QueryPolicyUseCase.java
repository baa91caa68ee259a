package org.jiaolianti.application.policy.port.in;

import java.util.List;
import org.jiaolianti.domain.policy.DutyMatrix;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.MeasureCode;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Questions about a district's policy: "what must unit X do?", "who is responsible for measure Y?",
 * "which clause says so?". Unknown districts, units and measures are not-found errors.
 */
public interface QueryPolicyUseCase {

  Policy policy(DistrictCode district);

  DutyMatrix dutyMatrix(DistrictCode district);

  /** A unit's duty statements (三(二)) and the measures it leads or shares (五). */
  UnitResponsibilities responsibilitiesOf(DistrictCode district, UnitCode unit);

  /** A measure with its responsible units, lead first. */
  Measure measure(DistrictCode district, MeasureCode measure);

  /** A unit's duties and matrix cells. */
  record UnitResponsibilities(org.jiaolianti.domain.policy.PolicyUnit unit, List<DutyStatement> duties,
      List<DutyMatrix.Cell> measures) {
    public UnitResponsibilities {
      duties = List.copyOf(duties);
      measures = List.copyOf(measures);
    }
  }
}
