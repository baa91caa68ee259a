package org.jiaolianti.application.people.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.people.GuardianId;
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

  /**
   * The district's user accounts linked to {@code guardian} (usually one), ordered by id: to reach a guardian in the
   * app. The default scans {@link #all}; a database adapter queries the link.
   */
  default List<User> linkedToGuardian(DistrictCode district, GuardianId guardian) {
    return all(district).stream().filter(u -> guardian.equals(u.guardian()))
        .sorted(java.util.Comparator.comparing((User u) -> u.id().value())).toList();
  }
}
