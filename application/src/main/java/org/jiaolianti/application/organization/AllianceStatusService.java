package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jiaolianti.application.organization.port.in.AllianceStatusUseCase;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.EstablishmentRule;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DistrictCode;

/** Evaluates the establishment rule of the district's policy for one school. */
public final class AllianceStatusService implements AllianceStatusUseCase {

  private final Policies policies;
  private final Schools schools;
  private final AllianceFacts facts;
  private final Transactions tx;

  public AllianceStatusService(Policies policies, Schools schools, AllianceFacts facts, Transactions tx) {
    this.policies = requireNonNull(policies);
    this.schools = requireNonNull(schools);
    this.facts = requireNonNull(facts);
    this.tx = requireNonNull(tx);
  }

  @Override
  public AllianceStatus status(DistrictCode district, SchoolId schoolId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Policy policy = policies.require(district);
    return tx.inTransaction(() -> {
      School school = schools.byId(district, schoolId).orElseThrow(() -> new NotFoundException("school", schoolId));
      var rule = new EstablishmentRule(policy.localSettings().establishment());
      return new AllianceStatus(school, rule.evaluate(facts.of(district, school), asOf));
    });
  }
}
