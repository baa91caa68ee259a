package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.RoleAssignmentsContract;
import org.jiaolianti.application.people.port.out.RoleAssignments;

/** The in-memory {@link RoleAssignments} against its port contract. */
class InMemoryRoleAssignmentsContractTest extends RoleAssignmentsContract {

  @Override
  protected RoleAssignments roleAssignments() {
    return new InMemoryPeople.InMemoryRoleAssignments();
  }
}
