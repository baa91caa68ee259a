package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.InstructorsContract;
import org.jiaolianti.application.instructor.port.out.Instructors;

/** The in-memory instructor port against its contract. */
class InMemoryInstructorsContractTest extends InstructorsContract {

  @Override
  protected Instructors instructors() {
    return new InMemoryInstructors();
  }
}
