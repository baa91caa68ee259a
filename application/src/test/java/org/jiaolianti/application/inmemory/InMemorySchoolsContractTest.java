package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.SchoolsContract;
import org.jiaolianti.application.organization.port.out.Schools;

/** The in-memory {@link Schools} against its port contract. */
class InMemorySchoolsContractTest extends SchoolsContract {

  @Override
  protected Schools schools() {
    return new InMemoryOrganization.InMemorySchools();
  }
}
