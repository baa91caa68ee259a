package org.jiaolianti.application.milestone.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.ExchangeEventId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Experience-exchange events. */
public interface ExchangeEvents {

  void add(ExchangeEvent event);

  ExchangeEvent update(ExchangeEvent event);

  Optional<ExchangeEvent> byId(DistrictCode district, ExchangeEventId id);

  /** Every event of the district ordered by date, voided ones included. */
  List<ExchangeEvent> all(DistrictCode district);
}
