package org.jiaolianti.application.people.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Dated role assignments; revoked ones are kept in the history. */
public interface RoleAssignments {

  void add(RoleAssignment assignment);

  RoleAssignment update(RoleAssignment assignment);

  Optional<RoleAssignment> byId(DistrictCode district, RoleAssignmentId id);

  /** Every assignment of the user, revoked and ended ones included. */
  List<RoleAssignment> ofUser(DistrictCode district, UserId user);
}
