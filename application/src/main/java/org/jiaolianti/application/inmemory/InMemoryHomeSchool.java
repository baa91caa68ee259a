package org.jiaolianti.application.inmemory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The home–school ports in memory: notices with receipts, the outbox, and a recording channel. */
public final class InMemoryHomeSchool {

  private InMemoryHomeSchool() {}

  /** {@link Notices} in memory. */
  public static final class InMemoryNotices implements Notices {
    private final VersionedStore<Notice> notices = new VersionedStore<>("notice",
        n -> VersionedStore.key(n.district(), n.id()), Notice::version, (n, v) -> n);
    private final VersionedStore<NoticeReceipt> receipts = new VersionedStore<>("notice receipt",
        r -> VersionedStore.key(r.district(), r.id()), NoticeReceipt::version, NoticeReceipt::withVersion);

    @Override
    public void add(Notice notice) {
      notices.add(requireNonNull(notice, "notice"));
    }

    @Override
    public Optional<Notice> byId(DistrictCode district, NoticeId id) {
      return notices.get(district, id);
    }

    @Override
    public List<Notice> all(DistrictCode district) {
      return notices.find(n -> n.district().equals(district), newestFirst());
    }

    @Override
    public List<Notice> releasedBetween(DistrictCode district, Instant from, Instant to) {
      return notices.find(n -> n.district().equals(district) && !n.releaseAt().isBefore(from)
          && n.releaseAt().isBefore(to), newestFirst());
    }

    private static Comparator<Notice> newestFirst() {
      return Comparator.comparing(Notice::publishedAt).reversed().thenComparing(n -> n.id().value());
    }

    @Override
    public synchronized void addReceipts(List<NoticeReceipt> batch) {
      Set<String> pairs = new HashSet<>();
      for (NoticeReceipt r : batch) {
        boolean clash = !pairs.add(r.district() + "/" + r.notice() + "/" + r.guardian())
            || receipts.get(r.district(), r.id()).isPresent()
            || receipts.findFirst(x -> x.district().equals(r.district()) && x.notice().equals(r.notice())
                && x.guardian().equals(r.guardian())).isPresent();
        if (clash) {
          throw ConflictException.duplicate("receipt", r.id());
        }
      }
      batch.forEach(receipts::add);
    }

    @Override
    public List<NoticeReceipt> receiptsOf(DistrictCode district, NoticeId notice) {
      return receipts.find(r -> r.district().equals(district) && r.notice().equals(notice),
          Comparator.comparing(r -> r.guardian().value()));
    }

    @Override
    public List<NoticeReceipt> receiptsOf(DistrictCode district, NoticeId notice, GuardianId after, int limit) {
      return receiptsOf(district, notice).stream()
          .filter(r -> after == null || r.guardian().value().compareTo(after.value()) > 0).limit(limit).toList();
    }

    @Override
    public Optional<NoticeReceipt> receiptById(DistrictCode district, NoticeReceiptId id) {
      return receipts.get(district, id);
    }

    @Override
    public List<NoticeReceipt> receiptsOfGuardian(DistrictCode district, GuardianId guardian) {
      return receipts.find(r -> r.district().equals(district) && r.guardian().equals(guardian),
          Comparator.comparing(r -> r.id().value()));
    }

    @Override
    public NoticeReceipt updateReceipt(NoticeReceipt receipt) {
      return receipts.update(receipt);
    }

    @Override
    public List<ReceiptTally> receiptTallies(DistrictCode district, Instant from, Instant to) {
      java.util.Set<NoticeId> released = releasedBetween(district, from, to).stream().map(Notice::id)
          .collect(java.util.stream.Collectors.toSet());
      return receipts.find(r -> r.district().equals(district) && released.contains(r.notice()),
              Comparator.comparing(r -> r.id().value())).stream()
          .map(r -> new ReceiptTally(r.notice(), r.students(), r.readAt() != null, r.confirmedAt() != null)).toList();
    }
  }

  /** {@link NoticeOutbox} in memory. */
  public static final class InMemoryNoticeOutbox implements NoticeOutbox {
    private final Map<String, NoticeDelivery> rows = new LinkedHashMap<>();
    private final Map<String, NoticeFanout> fanouts = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(List<NoticeDelivery> deliveries) {
      Set<String> keys = new HashSet<>();
      for (NoticeDelivery d : deliveries) {
        String k = VersionedStore.key(d.district(), d.id());
        if (!keys.add(k) || rows.containsKey(k)) {
          throw ConflictException.duplicate("delivery", d.id());
        }
      }
      deliveries.forEach(d -> rows.put(VersionedStore.key(d.district(), d.id()), d));
    }

    @Override
    public synchronized List<NoticeDelivery> due(Instant now, int limit) {
      return rows.values().stream().filter(d -> !d.availableAt().isAfter(now)).sorted(order()).limit(limit).toList();
    }

    @Override
    public synchronized List<NoticeDelivery> pending(DistrictCode district) {
      return rows.values().stream().filter(d -> d.district().equals(district)).sorted(order()).toList();
    }

    private static Comparator<NoticeDelivery> order() {
      return Comparator.comparing(NoticeDelivery::availableAt).thenComparing(d -> d.id().value());
    }

    @Override
    public synchronized void acknowledge(DistrictCode district, DeliveryId id) {
      rows.remove(VersionedStore.key(district, id));
    }

    @Override
    public synchronized void retryLater(NoticeDelivery failed) {
      rows.computeIfPresent(VersionedStore.key(failed.district(), failed.id()), (k, old) -> failed);
    }

    @Override
    public synchronized void enqueueFanout(NoticeFanout fanout) {
      String k = VersionedStore.key(fanout.district(), fanout.notice());
      if (fanouts.containsKey(k)) {
        throw ConflictException.duplicate("notice fan-out", fanout.notice());
      }
      fanouts.put(k, fanout);
    }

    @Override
    public synchronized List<NoticeFanout> dueFanouts(Instant now, int limit) {
      return fanouts.values().stream().filter(f -> !f.availableAt().isAfter(now)).sorted(fanoutOrder()).limit(limit)
          .toList();
    }

    @Override
    public synchronized List<NoticeFanout> pendingFanouts(DistrictCode district) {
      return fanouts.values().stream().filter(f -> f.district().equals(district)).sorted(fanoutOrder()).toList();
    }

    private static Comparator<NoticeFanout> fanoutOrder() {
      return Comparator.comparing(NoticeFanout::availableAt).thenComparing(f -> f.notice().value());
    }

    @Override
    public synchronized void enqueueIfAbsent(List<NoticeDelivery> deliveries) {
      deliveries.forEach(d -> rows.putIfAbsent(VersionedStore.key(d.district(), d.id()), d));
    }

    @Override
    public synchronized void advanceFanout(NoticeFanout fanout) {
      fanouts.computeIfPresent(VersionedStore.key(fanout.district(), fanout.notice()), (k, old) -> fanout);
    }

    @Override
    public synchronized void finishFanout(DistrictCode district, NoticeId notice) {
      fanouts.remove(VersionedStore.key(district, notice));
    }
  }

  /**
   * A reference {@link NoticeChannel} that records what it sends and ignores a delivery id it has already
   * sent (as a real channel must): for tests and demos.
   */
  public static final class RecordingNoticeChannel implements NoticeChannel {
    private final Map<DeliveryId, Message> sent = new LinkedHashMap<>();
    private final List<DeliveryId> handedOver = new ArrayList<>();

    @Override
    public synchronized void send(Message message) {
      handedOver.add(message.deliveryId());
      sent.putIfAbsent(message.deliveryId(), message);
    }

    /** The messages sent, once per delivery id, in order. */
    public synchronized List<Message> sent() {
      return List.copyOf(sent.values());
    }

    /** Every delivery id handed over, duplicates included. */
    public synchronized List<DeliveryId> handedOver() {
      return List.copyOf(handedOver);
    }
  }
}
