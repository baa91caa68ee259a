package org.jiaolianti.application.policy;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.application.policy.port.in.QueryPolicyUseCase;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.policy.DutyMatrix;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.MeasureCode;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/** Answers policy questions from the district's active policy. */
public final class PolicyQueryService implements QueryPolicyUseCase {

  private final Policies policies;

  public PolicyQueryService(Policies policies) {
    this.policies = requireNonNull(policies, "policies");
  }

  @Override
  public Policy policy(DistrictCode district) {
    return policies.require(district);
  }

  @Override
  public DutyMatrix dutyMatrix(DistrictCode district) {
    return policy(district).dutyMatrix();
  }

  @Override
  public UnitResponsibilities responsibilitiesOf(DistrictCode district, UnitCode unit) {
    Policy policy = policy(district);
    PolicyUnit found = policy.unit(unit).orElseThrow(() -> new NotFoundException("unit", unit));
    return new UnitResponsibilities(found, policy.dutiesOf(unit), policy.dutyMatrix().responsibilitiesOf(unit));
  }

  @Override
  public Measure measure(DistrictCode district, MeasureCode measure) {
    return policy(district).measure(measure).orElseThrow(() -> new NotFoundException("measure", measure));
  }
}
