package org.jiaolianti.domain.homeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

class NoticeFanoutTest {

  @Test
  void anExpandedDeliveryHasTheSameIdEveryTime_perReceiptAndKind() {
    NoticeReceiptId receipt = NoticeReceiptId.newId();
    assertThat(DeliveryId.of(receipt, NoticeDelivery.Kind.NOTICE))
        .isEqualTo(DeliveryId.of(NoticeReceiptId.of(receipt.value()), NoticeDelivery.Kind.NOTICE))
        .isNotEqualTo(DeliveryId.of(receipt, NoticeDelivery.Kind.REMINDER))
        .isNotEqualTo(DeliveryId.of(NoticeReceiptId.newId(), NoticeDelivery.Kind.NOTICE));
    String longest = "r".repeat(64);
    assertThat(DeliveryId.of(NoticeReceiptId.of(longest), NoticeDelivery.Kind.NOTICE).value()).hasSize(36);
  }

  @Test
  void aFanOutStartsBeforeTheFirstGuardianAndMovesItsCursor() {
    NoticeFanout f = new NoticeFanout(DistrictCode.of("350213"), NoticeId.newId(), null, Instant.EPOCH);
    GuardianId g = GuardianId.newId();
    assertThat(f.advancedTo(g)).isEqualTo(new NoticeFanout(f.district(), f.notice(), g, Instant.EPOCH));
  }
}
