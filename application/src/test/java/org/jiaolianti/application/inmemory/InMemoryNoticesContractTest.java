package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.NoticesContract;
import org.jiaolianti.application.homeschool.port.out.Notices;

/** The in-memory {@link Notices} against its port contract. */
class InMemoryNoticesContractTest extends NoticesContract {

  @Override
  protected Notices notices() {
    return new InMemoryHomeSchool.InMemoryNotices();
  }
}
