package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.YearClosingsContract;
import org.jiaolianti.application.milestone.port.out.YearClosings;

/** The in-memory {@link YearClosings} against its port contract. */
class InMemoryYearClosingsContractTest extends YearClosingsContract {

  @Override
  protected YearClosings yearClosings() {
    return new InMemoryMilestones.InMemoryYearClosings();
  }
}
