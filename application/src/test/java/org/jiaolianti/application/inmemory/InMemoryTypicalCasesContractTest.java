package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.TypicalCasesContract;
import org.jiaolianti.application.milestone.port.out.TypicalCases;

/** The in-memory {@link TypicalCases} against its port contract. */
class InMemoryTypicalCasesContractTest extends TypicalCasesContract {

  @Override
  protected TypicalCases typicalCases() {
    return new InMemoryMilestones.InMemoryTypicalCases();
  }
}
