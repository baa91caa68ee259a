package org.jiaolianti.application.testing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A {@link NoticeOutbox} that passes everything to a real one except one operation, where the process
 * "dies" ({@link Crash}, thrown inside the caller's transaction, so a transactional store rolls back): for the
 * crash tests of publishing and of the dispatcher's fan-out expansion, in memory and on H2/PostgreSQL.
 */
public final class CrashingNoticeOutbox implements NoticeOutbox {

  /** Where to crash. */
  public enum At {
    ENQUEUE, ENQUEUE_FANOUT, ENQUEUE_IF_ABSENT, ADVANCE_FANOUT, FINISH_FANOUT
  }

  /** The simulated death of the process. */
  public static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(At at) {
      super("the process died at " + at);
    }
  }

  private final NoticeOutbox real;
  private final At at;

  public CrashingNoticeOutbox(NoticeOutbox real, At at) {
    this.real = requireNonNull(real, "real");
    this.at = requireNonNull(at, "at");
  }

  private void maybeCrash(At here) {
    if (here == at) {
      throw new Crash(here);
    }
  }

  @Override
  public void enqueue(List<NoticeDelivery> deliveries) {
    maybeCrash(At.ENQUEUE);
    real.enqueue(deliveries);
  }

  @Override
  public List<NoticeDelivery> due(Instant now, int limit) {
    return real.due(now, limit);
  }

  @Override
  public List<NoticeDelivery> pending(DistrictCode district) {
    return real.pending(district);
  }

  @Override
  public void acknowledge(DistrictCode district, DeliveryId id) {
    real.acknowledge(district, id);
  }

  @Override
  public void retryLater(NoticeDelivery failed) {
    real.retryLater(failed);
  }

  @Override
  public void enqueueFanout(NoticeFanout fanout) {
    maybeCrash(At.ENQUEUE_FANOUT);
    real.enqueueFanout(fanout);
  }

  @Override
  public List<NoticeFanout> dueFanouts(Instant now, int limit) {
    return real.dueFanouts(now, limit);
  }

  @Override
  public List<NoticeFanout> pendingFanouts(DistrictCode district) {
    return real.pendingFanouts(district);
  }

  /** Crashes after the real outbox added the deliveries (the chunk is half done: the cursor has not moved). */
  @Override
  public void enqueueIfAbsent(List<NoticeDelivery> deliveries) {
    real.enqueueIfAbsent(deliveries);
    maybeCrash(At.ENQUEUE_IF_ABSENT);
  }

  @Override
  public void advanceFanout(NoticeFanout fanout) {
    maybeCrash(At.ADVANCE_FANOUT);
    real.advanceFanout(fanout);
  }

  @Override
  public void finishFanout(DistrictCode district, NoticeId notice) {
    maybeCrash(At.FINISH_FANOUT);
    real.finishFanout(district, notice);
  }
}
