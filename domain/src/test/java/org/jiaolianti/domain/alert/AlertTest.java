package org.jiaolianti.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

class AlertTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
  private static final Bilingual TEXT = Bilingual.of("请联系学校", "please call the school");

  private static Alert guardianAlert(UserId account) {
    return Alert.toGuardian(AlertId.newId(), D, GuardianId.newId(), account, StudentId.newId(),
        AlertKind.REFERRAL_STEP, "REFERRAL", "r-1", TEXT, T);
  }

  @Test
  void aStaffAlertIsInAppOnly_aGuardianAlertGoesOutboundUntilSent() {
    Alert staff = Alert.toUser(AlertId.newId(), D, UserId.newId(), AlertKind.BREAK_GLASS_OPENED, "BREAK_GLASS", "b-1",
        TEXT, T);
    assertThat(staff.outboundPending()).isFalse();
    assertThatThrownBy(() -> staff.sent(T)).isInstanceOf(IllegalArgumentException.class);

    Alert g = guardianAlert(null);
    assertThat(g.outboundPending()).isTrue();
    assertThat(g.nextAttemptAt()).isEqualTo(T);
    Alert failed = g.failed(T.plusSeconds(30), "x".repeat(600));
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).hasSize(Alert.MAX_ERROR);
    Alert sent = failed.sent(T.plusSeconds(40));
    assertThat(sent.outboundPending()).isFalse();
    assertThat(sent.nextAttemptAt()).isNull();
    assertThatThrownBy(() -> sent.failed(T, "again")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirstReadCounts_onlyAnAlertWithARecipientIsRead() {
    Alert g = guardianAlert(UserId.newId());
    Alert read = g.read(T.plusSeconds(5));
    assertThat(read.read(T.plusSeconds(9)).readAt()).isEqualTo(T.plusSeconds(5));
    assertThatThrownBy(() -> guardianAlert(null).read(T)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDeliveryIdIsStablePerAlert_andDiffersBetweenAlerts() {
    Alert a = guardianAlert(null);
    assertThat(a.failed(T.plusSeconds(30), "e").deliveryId()).isEqualTo(a.deliveryId());
    assertThat(guardianAlert(null).deliveryId()).isNotEqualTo(a.deliveryId());
    assertThat(a.deliveryId().value()).isNotEqualTo(a.id().value());
  }

  @Test
  void invalidShapesAreRejected() {
    assertThatThrownBy(() -> Alert.toUser(AlertId.newId(), D, UserId.newId(), AlertKind.REFERRAL_STEP, "referral",
        "r-1", TEXT, T)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Alert.toUser(AlertId.newId(), D, UserId.newId(), AlertKind.REFERRAL_STEP, "REFERRAL",
        "r 1", TEXT, T)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Alert.toUser(AlertId.newId(), D, UserId.newId(), AlertKind.REFERRAL_STEP, "REFERRAL",
        "r-1", Bilingual.of("长".repeat(501), "long"), T)).isInstanceOf(IllegalArgumentException.class);
  }
}
