package org.jiaolianti.application.shared.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The current instant. A port, so that tests and demos fix the time and the domain never calls {@code now()}. */
public interface Clock {

  Instant now();

  /** Today in {@code zone} (the district's zone is Asia/Shanghai). */
  default LocalDate today(ZoneId zone) {
    return now().atZone(zone).toLocalDate();
  }
}
