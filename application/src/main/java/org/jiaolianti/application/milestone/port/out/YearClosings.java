package org.jiaolianti.application.milestone.port.out;

import java.util.List;
import org.jiaolianti.domain.milestone.YearClosing;
import org.jiaolianti.domain.shared.DistrictCode;

/** Closed years (年度考核) with their frozen figures. Append-only. */
public interface YearClosings {

  /** Stores a closing; a year already closed in the district is a duplicate conflict. */
  void add(YearClosing closing);

  /** The district's closings ordered by year. */
  List<YearClosing> all(DistrictCode district);
}
