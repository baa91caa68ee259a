package org.jiaolianti.examples.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference outbound channel: writes each delivery to the log (in place of an SMS, WeChat or e-mail
 * gateway) and ignores a delivery id it has already sent, as a real gateway must (the dispatcher may hand
 * the same delivery over again after a crash between sending and acknowledging). Remembers the last
 * {@value #REMEMBERED} ids; a real gateway keeps them durably (or passes the id on as its own
 * idempotency key). The mobile number is logged masked.
 */
public final class LoggingNoticeChannel implements NoticeChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNoticeChannel.class);
  static final int REMEMBERED = 100_000;

  private final Map<DeliveryId, Boolean> sent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<DeliveryId, Boolean> eldest) {
      return size() > REMEMBERED;
    }
  });

  /** Whether a delivery of this id was sent (and a second one would be ignored). */
  public boolean hasSent(DeliveryId id) {
    return sent.containsKey(id);
  }

  /** How many distinct deliveries it remembers sending. */
  public int sentCount() {
    return sent.size();
  }

  @Override
  public void send(Message m) {
    if (sent.putIfAbsent(m.deliveryId(), Boolean.TRUE) != null) {
      LOG.info("notice delivery {} already sent: ignored", m.deliveryId());
      return;
    }
    LOG.info("notice delivery {} ({}{}) to guardian {} at {}: 【{}】 concerning {}", m.deliveryId(), m.kind(),
        m.urgent() ? ", URGENT" : "", m.guardian(), m.mobile().masked(), m.title(), m.students());
  }
}
