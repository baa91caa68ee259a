package org.jiaolianti.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel.Message;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

class LoggingNoticeChannelTest {

  @Test
  void theSameDeliveryIdIsSentOnce() {
    LoggingNoticeChannel channel = new LoggingNoticeChannel();
    DeliveryId id = DeliveryId.newId();
    Message m = new Message(id, DistrictCode.of("350213"), GuardianId.newId(), MobileNumber.of("13800000001"),
        NoticeDelivery.Kind.NOTICE, "台风停课通知", "明日停课", List.of("张*明"), true);

    channel.send(m);
    channel.send(m);
    channel.send(new Message(DeliveryId.newId(), m.district(), m.guardian(), m.mobile(), NoticeDelivery.Kind.REMINDER,
        m.title(), m.text(), m.students(), false));

    assertThat(channel.hasSent(id)).isTrue();
    assertThat(channel.sentCount()).isEqualTo(2);
  }
}
