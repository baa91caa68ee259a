package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Schools of each district. */
public interface Schools {

  /** Adds a school; its 学校标识码 already present in the district is a duplicate conflict. */
  void add(School school);

  /**
   * Adds several at once, each as {@link #add} would, in the caller's transaction; batched where storage
   * allows (the bulk import). The default adds them one by one.
   */
  default void addAll(List<School> schools) {
    schools.forEach(this::add);
  }

  /** Stores a changed school if {@code school.version()} is the stored one; returns it with the next version; else a stale conflict. */
  School update(School school);

  Optional<School> byId(DistrictCode district, SchoolId id);

  Optional<School> byCode(DistrictCode district, String code);

  /** The district's schools ordered by code. */
  List<School> all(DistrictCode district);
}
