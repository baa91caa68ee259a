package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Everything the establishment rule looks at for one school: the school, its committee, its zone
 * memberships (in any zone) and its docking agreements with their partners. Records of every date,
 * voided ones included: the rule picks what counts on the date.
 */
public record SchoolAllianceFacts(
    School school, Committee committee, List<ZoneMembership> zoneMemberships, List<AgreementWithPartner> agreements) {

  /** A docking agreement with the partner it names. */
  public record AgreementWithPartner(DockingAgreement agreement, Partner partner) {
    public AgreementWithPartner {
      checkArgument(agreement.partner().equals(partner.id()), "agreement %s names partner %s, not %s",
          agreement.id(), agreement.partner(), partner.id());
    }
  }

  public SchoolAllianceFacts {
    requireNonNull(school, "school");
    requireNonNull(committee, "committee");
    checkArgument(committee.school().equals(school.id()), "committee of another school");
    zoneMemberships = ImmutableList.copyOf(zoneMemberships);
    agreements = ImmutableList.copyOf(agreements);
    for (ZoneMembership m : zoneMemberships) {
      checkArgument(m.school().equals(school.id()), "membership %s is of another school", m.id());
    }
    for (AgreementWithPartner a : agreements) {
      checkArgument(a.agreement().school().equals(school.id()), "agreement %s is of another school", a.agreement().id());
    }
  }
}
