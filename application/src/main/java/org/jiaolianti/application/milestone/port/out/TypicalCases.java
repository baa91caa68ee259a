package org.jiaolianti.application.milestone.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Selected typical cases. */
public interface TypicalCases {

  void add(TypicalCase typicalCase);

  TypicalCase update(TypicalCase typicalCase);

  Optional<TypicalCase> byId(DistrictCode district, TypicalCaseId id);

  /** Every case of the district ordered by selection date, voided ones included. */
  List<TypicalCase> all(DistrictCode district);
}
