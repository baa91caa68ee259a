package org.jiaolianti.domain.access;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * What an {@link Action} is done on: the district as a whole, or one school, zone, partner or user of
 * it. Every target names its district, so that a caller of another district never reaches it.
 *
 * <p>中文：操作对象。
 */
public sealed interface Target {

  /** The district the target belongs to. */
  DistrictCode district();

  Kind kind();

  /** The kinds of target. */
  enum Kind {
    DISTRICT,
    SCHOOL,
    ZONE,
    PARTNER,
    USER
  }

  /** The district as a whole: its policy, lists, reports, and creating records in it. 中文：全区。 */
  record District(DistrictCode district) implements Target {
    public District {
      requireNonNull(district, "district");
    }

    @Override
    public Kind kind() {
      return Kind.DISTRICT;
    }
  }

  /** One school (and what hangs off it: committee, agreements, alliance status). 中文：学校。 */
  record School(DistrictCode district, SchoolId school) implements Target {
    public School {
      requireNonNull(district, "district");
      requireNonNull(school, "school");
    }

    @Override
    public Kind kind() {
      return Kind.SCHOOL;
    }
  }

  /** One experimental zone. 中文：实验区。 */
  record Zone(DistrictCode district, ZoneId zone) implements Target {
    public Zone {
      requireNonNull(district, "district");
      requireNonNull(zone, "zone");
    }

    @Override
    public Kind kind() {
      return Kind.ZONE;
    }
  }

  /** One partner (department, town/street, community or social resource unit). 中文：对接单位。 */
  record Partner(DistrictCode district, PartnerId partner) implements Target {
    public Partner {
      requireNonNull(district, "district");
      requireNonNull(partner, "partner");
    }

    @Override
    public Kind kind() {
      return Kind.PARTNER;
    }
  }

  /** One user account. 中文：用户。 */
  record User(DistrictCode district, UserId user) implements Target {
    public User {
      requireNonNull(district, "district");
      requireNonNull(user, "user");
    }

    @Override
    public Kind kind() {
      return Kind.USER;
    }
  }
}
