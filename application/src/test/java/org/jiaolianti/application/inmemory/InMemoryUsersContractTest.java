package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.UsersContract;
import org.jiaolianti.application.people.port.out.Users;

/** The in-memory {@link Users} against its port contract. */
class InMemoryUsersContractTest extends UsersContract {

  @Override
  protected Users users() {
    return new InMemoryPeople.InMemoryUsers();
  }
}
