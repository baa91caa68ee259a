package org.jiaolianti.application.homeschool.port.out;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The outbound channel to guardians (SMS, WeChat, e-mail) besides the in-app inbox. The dispatcher
 * may hand the same delivery over more than once (a crash between sending and acknowledging): an
 * implementation must treat {@link Message#deliveryId()} as an idempotency key and send each id once.
 * Throwing means "not accepted, retry later".
 */
public interface NoticeChannel {

  void send(Message message);

  /** A channel that sends nothing (in-app delivery only). */
  NoticeChannel IN_APP_ONLY = message -> { };

  /**
   * One message to one guardian.
   *
   * @param students the masked names of the children the notice concerns
   */
  record Message(DeliveryId deliveryId, DistrictCode district, GuardianId guardian, MobileNumber mobile,
      NoticeDelivery.Kind kind, String title, String text, List<String> students, boolean urgent) {
    public Message {
      requireNonNull(deliveryId, "deliveryId");
      requireNonNull(district, "district");
      requireNonNull(guardian, "guardian");
      requireNonNull(mobile, "mobile");
      requireNonNull(kind, "kind");
      requireNonNull(title, "title");
      requireNonNull(text, "text");
      students = List.copyOf(students);
    }
  }
}
