package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.shared.DistrictCode;

/** The towns/streets of each district. */
public interface Towns {

  /** Adds a town; a code already present in the district is a duplicate conflict. */
  void add(Town town);

  /**
   * Adds several at once, each as {@link #add} would, in the caller's transaction; batched where storage
   * allows (the bulk import). The default adds them one by one.
   */
  default void addAll(List<Town> towns) {
    towns.forEach(this::add);
  }

  Optional<Town> byCode(DistrictCode district, TownCode code);

  /** The district's towns ordered by code. */
  List<Town> all(DistrictCode district);
}
