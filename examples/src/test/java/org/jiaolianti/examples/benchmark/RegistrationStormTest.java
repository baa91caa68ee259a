package org.jiaolianti.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The storm's checks on the stored queue and its latency figures (the storm itself runs a server: not here). */
class RegistrationStormTest {

  private static final ActivityId ACTIVITY = ActivityId.newId();

  private static Registration at(long position, RegistrationStatus status) {
    return new Registration(RegistrationId.newId(), DistrictCode.of("350213"), ACTIVITY, StudentId.newId(), status,
        position, Instant.EPOCH, "storm", null, null, 0);
  }

  private static List<Registration> queue(int clients, int confirmed) {
    List<Registration> rows = new ArrayList<>();
    for (int p = clients; p >= 1; p--) { // any stored order: the check sorts by position
      rows.add(at(p, p <= confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED));
    }
    return rows;
  }

  @Test
  void aQueueInOrderPassesAndEachKindOfDisorderIsNamed() {
    assertThat(RegistrationStorm.queueOrder(queue(64, 20), 64, 20)).isNull();

    List<Registration> overbooked = queue(64, 21);
    assertThat(RegistrationStorm.queueOrder(overbooked, 64, 20)).contains("position 21").contains("CONFIRMED");

    List<Registration> gap = new ArrayList<>(queue(64, 20));
    gap.set(0, at(65, RegistrationStatus.WAITLISTED)); // 64 replaced by 65
    assertThat(RegistrationStorm.queueOrder(gap, 64, 20)).contains("position 65");

    assertThat(RegistrationStorm.queueOrder(queue(63, 20), 64, 20)).contains("63 registrations");
  }

  @Test
  void percentilesAreNearestRank() {
    List<Long> values = new ArrayList<>();
    for (long i = 1; i <= 100; i++) {
      values.add(i);
    }
    assertThat(RegistrationStorm.percentile(values, 0.5)).isEqualTo(50);
    assertThat(RegistrationStorm.percentile(values, 0.99)).isEqualTo(99);
    assertThat(RegistrationStorm.percentile(List.of(7L), 0.99)).isEqualTo(7);
    assertThat(RegistrationStorm.percentile(List.of(), 0.5)).isNaN();
  }
}
