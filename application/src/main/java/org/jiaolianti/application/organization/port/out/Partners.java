package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Departments, towns/streets, communities and social resource units that schools dock with. */
public interface Partners {

  void add(Partner partner);

  /**
   * Adds several at once, each as {@link #add} would, in the caller's transaction; batched where storage
   * allows (the bulk import). The default adds them one by one.
   */
  default void addAll(List<Partner> partners) {
    partners.forEach(this::add);
  }

  Partner update(Partner partner);

  Optional<Partner> byId(DistrictCode district, PartnerId id);

  /** The district's partners ordered by name. */
  List<Partner> all(DistrictCode district);
}
