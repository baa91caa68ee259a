package org.jiaolianti.application.organization.port.in;

import java.util.List;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Reads of the 1+1+N structure; unknown ids are not-found errors. */
public interface OrganizationQueries {

  List<Town> towns(DistrictCode district);

  List<School> schools(DistrictCode district);

  School school(DistrictCode district, SchoolId id);

  List<Zone> zones(DistrictCode district);

  Zone zone(DistrictCode district, ZoneId id);

  List<Partner> partners(DistrictCode district);

  List<CommitteeMember> committee(DistrictCode district, SchoolId school);

  List<DockingAgreement> agreements(DistrictCode district, SchoolId school);
}
