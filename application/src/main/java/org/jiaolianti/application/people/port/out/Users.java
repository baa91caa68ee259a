package org.jiaolianti.application.people.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** User accounts. A username is unique across all districts. */
public interface Users {

  /** Adds a user; a username already taken is a duplicate conflict. */
  void add(User user);

  User update(User user);

  Optional<User> byId(DistrictCode district, UserId id);

  Optional<User> byUsername(String username);

  List<User> all(DistrictCode district);
}
