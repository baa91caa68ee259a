package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.RosterContract;
import org.jiaolianti.application.people.port.out.Roster;

/** The in-memory {@link Roster} against its port contract. */
class InMemoryRosterContractTest extends RosterContract {

  @Override
  protected Roster roster() {
    return new InMemoryPeople.InMemoryRoster();
  }
}
