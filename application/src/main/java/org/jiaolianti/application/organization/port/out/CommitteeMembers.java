package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Members of the schools' co-education committees. */
public interface CommitteeMembers {

  void add(CommitteeMember member);

  CommitteeMember update(CommitteeMember member);

  Optional<CommitteeMember> byId(DistrictCode district, CommitteeMemberId id);

  /** A school's members of every date, voided ones included. */
  List<CommitteeMember> ofSchool(DistrictCode district, SchoolId school);

  List<CommitteeMember> all(DistrictCode district);
}
