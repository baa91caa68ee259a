package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.ParentMentorsContract;
import org.jiaolianti.application.mentor.port.out.ParentMentors;

/** The in-memory parent-mentor port against its contract. */
class InMemoryParentMentorsContractTest extends ParentMentorsContract {

  @Override
  protected ParentMentors parentMentors() {
    return new InMemoryParentMentors();
  }
}
