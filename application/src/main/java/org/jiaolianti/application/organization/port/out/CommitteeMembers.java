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

  /**
   * Adds several at once, each as {@link #add} would, in the caller's transaction; batched where storage
   * allows (the bulk import). The default adds them one by one.
   */
  default void addAll(List<CommitteeMember> members) {
    members.forEach(this::add);
  }

  CommitteeMember update(CommitteeMember member);

  Optional<CommitteeMember> byId(DistrictCode district, CommitteeMemberId id);

  /** A school's members of every date, voided ones included. */
  List<CommitteeMember> ofSchool(DistrictCode district, SchoolId school);

  List<CommitteeMember> all(DistrictCode district);
}
