package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Departments, towns/streets, communities and social resource units that schools dock with. */
public interface Partners {

  void add(Partner partner);

  Partner update(Partner partner);

  Optional<Partner> byId(DistrictCode district, PartnerId id);

  /** The district's partners ordered by name. */
  List<Partner> all(DistrictCode district);
}
