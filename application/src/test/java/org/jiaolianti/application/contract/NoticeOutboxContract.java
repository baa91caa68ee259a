package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NoticeOutbox}: deliveries enqueued in batches (all or none), due by availability
 * across districts, kept until acknowledged, and rescheduled after a failure; deliveries added if absent (an
 * expanded chunk added again adds nothing twice); one fan-out per publication, due by availability, its
 * cursor moved and the fan-out removed when done.
 *
 * <p>To run it against your storage, extend it and implement {@link #outbox()} to return a fresh, empty
 * port. The application test-jar ships it.
 */
public abstract class NoticeOutboxContract extends PortContract<NoticeOutbox> {

  protected abstract NoticeOutbox outbox();

  @Override
  final NoticeOutbox newPort() {
    return outbox();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  private static NoticeDelivery delivery(DistrictCode district, Instant at, NoticeDelivery.Kind kind) {
    return new NoticeDelivery(DeliveryId.newId(), district, NoticeId.newId(), NoticeReceiptId.newId(), GuardianId.newId(),
        kind, at, 0, null);
  }

  @Test
  void dueDeliveriesAreListedEarliestFirst_acrossDistricts_upToTheLimit() {
    NoticeDelivery later = delivery(XIANGAN, NOW.plus(Duration.ofHours(8)), NoticeDelivery.Kind.NOTICE);
    NoticeDelivery first = delivery(XIANGAN, NOW.minusSeconds(60), NoticeDelivery.Kind.NOTICE);
    NoticeDelivery second = delivery(HULI, NOW, NoticeDelivery.Kind.REMINDER);
    port().enqueue(List.of(later, first));
    port().enqueue(List.of(second));

    assertThat(port().due(NOW, 100)).extracting(NoticeDelivery::id).containsExactly(first.id(), second.id());
    assertThat(port().due(NOW, 1)).extracting(NoticeDelivery::id).containsExactly(first.id());
    assertSameRecord(port().due(NOW, 100).get(1), second);
    assertThat(port().pending(XIANGAN)).extracting(NoticeDelivery::id).containsExactly(first.id(), later.id());
    assertSameRecord(port().pending(XIANGAN).get(1), later);
  }

  @Test
  void aDeliveryStaysUntilAcknowledged() {
    NoticeDelivery d = delivery(XIANGAN, NOW, NoticeDelivery.Kind.NOTICE);
    port().enqueue(List.of(d));
    port().acknowledge(HULI, d.id());
    assertThat(port().pending(XIANGAN)).hasSize(1);

    port().acknowledge(XIANGAN, d.id());
    port().acknowledge(XIANGAN, d.id());
    assertThat(port().pending(XIANGAN)).isEmpty();
    assertThat(port().due(NOW, 10)).isEmpty();
  }

  @Test
  void aFailedDeliveryIsRescheduled() {
    NoticeDelivery d = delivery(XIANGAN, NOW, NoticeDelivery.Kind.NOTICE);
    port().enqueue(List.of(d));
    NoticeDelivery failed = d.failed(NOW.plusSeconds(30), "网关超时 timeout");
    port().retryLater(failed);

    assertThat(port().due(NOW, 10)).isEmpty();
    assertSameRecord(port().due(NOW.plusSeconds(30), 10).get(0), failed);
    assertThat(failed.attempts()).isOne();
  }

  @Test
  void aBatchRepeatingAnIdAddsNone() {
    NoticeDelivery d = delivery(XIANGAN, NOW, NoticeDelivery.Kind.NOTICE);
    port().enqueue(List.of(d));
    NoticeDelivery fresh = delivery(XIANGAN, NOW, NoticeDelivery.Kind.NOTICE);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().enqueue(List.of(fresh, d)));
    assertThat(port().pending(XIANGAN)).extracting(NoticeDelivery::id).containsExactly(d.id());
  }

  @Test
  void deliveriesAddedIfAbsentSkipThoseAlreadyThere() {
    NoticeDelivery d = delivery(XIANGAN, NOW, NoticeDelivery.Kind.NOTICE);
    port().enqueue(List.of(d));
    NoticeDelivery again = new NoticeDelivery(d.id(), XIANGAN, d.notice(), d.receipt(), d.guardian(),
        NoticeDelivery.Kind.NOTICE, NOW.plusSeconds(5), 0, null);
    NoticeDelivery fresh = delivery(XIANGAN, NOW, NoticeDelivery.Kind.NOTICE);
    port().enqueueIfAbsent(List.of(again, fresh, fresh));
    port().enqueueIfAbsent(List.of());

    assertThat(port().pending(XIANGAN)).extracting(NoticeDelivery::id).containsExactlyInAnyOrder(d.id(), fresh.id());
    assertSameRecord(port().pending(XIANGAN).stream().filter(x -> x.id().equals(d.id())).findFirst().orElseThrow(), d);
    assertSameRecord(port().pending(XIANGAN).stream().filter(x -> x.id().equals(fresh.id())).findFirst().orElseThrow(),
        fresh);
  }

  @Test
  void aFanOutIsDueAtItsAvailability_itsCursorMoves_andItIsRemovedWhenDone() {
    NoticeFanout later = new NoticeFanout(XIANGAN, NoticeId.newId(), null, NOW.plus(Duration.ofHours(8)));
    NoticeFanout first = new NoticeFanout(XIANGAN, NoticeId.newId(), null, NOW.minusSeconds(60));
    NoticeFanout second = new NoticeFanout(HULI, NoticeId.newId(), null, NOW);
    port().enqueueFanout(later);
    port().enqueueFanout(first);
    port().enqueueFanout(second);

    assertThat(port().dueFanouts(NOW, 10)).containsExactly(first, second);
    assertThat(port().dueFanouts(NOW, 1)).containsExactly(first);
    assertThat(port().pendingFanouts(XIANGAN)).containsExactly(first, later);
    assertThat(port().pending(XIANGAN)).isEmpty();

    NoticeFanout moved = first.advancedTo(GuardianId.of("g-0999"));
    port().advanceFanout(moved);
    assertThat(port().dueFanouts(NOW, 10)).containsExactly(moved, second);
    port().finishFanout(HULI, first.notice());
    assertThat(port().pendingFanouts(XIANGAN)).containsExactly(moved, later);
    port().finishFanout(XIANGAN, first.notice());
    port().finishFanout(XIANGAN, first.notice());
    port().advanceFanout(moved);
    assertThat(port().pendingFanouts(XIANGAN)).containsExactly(later);
    assertThat(port().dueFanouts(NOW, 10)).containsExactly(second);
  }

  @Test
  void aSecondFanOutOfTheSameNoticeIsADuplicate() {
    NoticeFanout f = new NoticeFanout(XIANGAN, NoticeId.newId(), null, NOW);
    port().enqueueFanout(f);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().enqueueFanout(
        new NoticeFanout(XIANGAN, f.notice(), null, NOW.plusSeconds(1))));
    port().enqueueFanout(new NoticeFanout(HULI, f.notice(), null, NOW));
    assertThat(port().pendingFanouts(XIANGAN)).containsExactly(f);
  }
}
