package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.CounsellorTeamContract;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;

/** The in-memory counsellor team port against its contract. */
class InMemoryCounsellorTeamContractTest extends CounsellorTeamContract {

  @Override
  protected CounsellorTeam counsellorTeam() {
    return new InMemoryCounsellorTeam();
  }
}
