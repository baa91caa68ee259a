package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.domain.organization.Committee;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolAllianceFacts;
import org.jiaolianti.domain.organization.SchoolAllianceFacts.AgreementWithPartner;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Reads what the establishment rule needs, for one school or for a whole district in one pass per
 * port (no query per school).
 */
public final class AllianceFacts {

  private final Schools schools;
  private final Zones zones;
  private final CommitteeMembers members;
  private final Partners partners;
  private final DockingAgreements agreements;

  public AllianceFacts(Schools schools, Zones zones, CommitteeMembers members, Partners partners, DockingAgreements agreements) {
    this.schools = requireNonNull(schools);
    this.zones = requireNonNull(zones);
    this.members = requireNonNull(members);
    this.partners = requireNonNull(partners);
    this.agreements = requireNonNull(agreements);
  }

  public SchoolAllianceFacts of(DistrictCode district, School school) {
    Map<PartnerId, Partner> partnerById = partners.all(district).stream()
        .collect(Collectors.toMap(Partner::id, Function.identity()));
    return new SchoolAllianceFacts(school, new Committee(school.id(), members.ofSchool(district, school.id())),
        zones.membershipsOf(district, school.id()),
        withPartners(agreements.ofSchool(district, school.id()), partnerById));
  }

  public List<SchoolAllianceFacts> ofDistrict(DistrictCode district) {
    Map<PartnerId, Partner> partnerById = partners.all(district).stream()
        .collect(Collectors.toMap(Partner::id, Function.identity()));
    Map<SchoolId, List<CommitteeMember>> membersBySchool = members.all(district).stream()
        .collect(Collectors.groupingBy(CommitteeMember::school));
    Map<SchoolId, List<DockingAgreement>> agreementsBySchool = agreements.all(district).stream()
        .collect(Collectors.groupingBy(DockingAgreement::school));
    Map<SchoolId, List<ZoneMembership>> membershipsBySchool = new HashMap<>();
    zones.all(district).forEach(z -> z.memberships()
        .forEach(m -> membershipsBySchool.computeIfAbsent(m.school(), k -> new ArrayList<>()).add(m)));
    List<SchoolAllianceFacts> facts = new ArrayList<>();
    for (School school : schools.all(district)) {
      facts.add(new SchoolAllianceFacts(school,
          new Committee(school.id(), membersBySchool.getOrDefault(school.id(), List.of())),
          membershipsBySchool.getOrDefault(school.id(), List.of()),
          withPartners(agreementsBySchool.getOrDefault(school.id(), List.of()), partnerById)));
    }
    return facts;
  }

  private static List<AgreementWithPartner> withPartners(List<DockingAgreement> agreements, Map<PartnerId, Partner> partners) {
    return agreements.stream()
        .map(a -> new AgreementWithPartner(a, requireNonNull(partners.get(a.partner()), "partner of agreement " + a.id())))
        .collect(Collectors.toList());
  }
}
