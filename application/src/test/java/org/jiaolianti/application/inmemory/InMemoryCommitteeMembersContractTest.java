package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.CommitteeMembersContract;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;

/** The in-memory {@link CommitteeMembers} against its port contract. */
class InMemoryCommitteeMembersContractTest extends CommitteeMembersContract {

  @Override
  protected CommitteeMembers committeeMembers() {
    return new InMemoryOrganization.InMemoryCommitteeMembers();
  }
}
