package org.jiaolianti.application.homeschool;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.homeschool.port.in.DispatchNoticesUseCase;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.Student;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox dispatcher, in two steps per run ({@link #dispatchDue}).
 *
 * <p><b>Expansion</b> ({@link #expandDue}): a publication leaves one {@link NoticeFanout} row in the outbox;
 * when it is due (its notice's release) the dispatcher reads the next chunk of {@link #CHUNK} receipts in
 * guardian order after the fan-out's cursor, adds one delivery per receipt and advances the cursor (or
 * removes the fan-out after the last chunk) in <em>one</em> transaction. The delivery ids are derived from
 * the receipt ids ({@link NoticeDelivery#expanded}) and added only if absent, so a crash in the middle of a
 * chunk (rolled back, or — in a store without rollback — partly written) or a chunk expanded again never
 * makes a second delivery.
 *
 * <p><b>Sending</b>: reads due deliveries, hands each to the {@link NoticeChannel}, and acknowledges
 * (removes) it only after the channel accepted it, in a transaction of its own. A failure is retried
 * with exponential backoff ({@link #backoff}); a crash between sending and acknowledging leaves the row, so
 * the next run hands the same delivery id over again and the channel, idempotent on that id, sends
 * nothing twice. A delivery whose receipt was read meanwhile (a reminder) or whose notice is gone is
 * acknowledged without sending. So a crash at any point loses nothing and sends nothing twice.
 */
public final class NoticeDispatcher implements DispatchNoticesUseCase {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeDispatcher.class);

  /** The first retry's delay; each failure doubles it, up to {@link #MAX_BACKOFF}. */
  public static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  public static final Duration MAX_BACKOFF = Duration.ofHours(1);

  /** The receipts expanded into deliveries per transaction. */
  public static final int CHUNK = 1_000;

  private final NoticeOutbox outbox;
  private final Notices notices;
  private final Roster roster;
  private final NoticeChannel channel;
  private final Transactions tx;
  private final Clock clock;

  public NoticeDispatcher(NoticeOutbox outbox, Notices notices, Roster roster, NoticeChannel channel, Transactions tx,
      Clock clock) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.notices = requireNonNull(notices, "notices");
    this.roster = requireNonNull(roster, "roster");
    this.channel = requireNonNull(channel, "channel");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
  }

  /** The delay before the retry after {@code attempts} failed attempts (1 → 30 s, 2 → 60 s, … at most 1 h). */
  public static Duration backoff(int attempts) {
    if (attempts >= 12) {
      return MAX_BACKOFF;
    }
    Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.max(0, attempts - 1));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /**
   * Expands due fan-outs into per-guardian deliveries, one chunk (at most {@link #CHUNK}) per transaction,
   * until about {@code limit} deliveries were added or no fan-out is due; returns the receipts expanded.
   */
  @Override
  public int expandDue(int limit) {
    int expanded = 0;
    while (expanded < limit) {
      Instant now = clock.now();
      int chunk = Math.min(CHUNK, limit - expanded);
      int n = tx.inTransaction(() -> {
        List<NoticeFanout> due = outbox.dueFanouts(now, 1);
        return due.isEmpty() ? -1 : expand(due.get(0), chunk);
      });
      if (n < 0) {
        break;
      }
      expanded += n;
    }
    return expanded;
  }

  /** One chunk of a fan-out: its deliveries and the cursor move, in the caller's transaction. */
  private int expand(NoticeFanout fanout, int chunk) {
    List<NoticeReceipt> page = notices.receiptsOf(fanout.district(), fanout.notice(), fanout.after(), chunk);
    outbox.enqueueIfAbsent(page.stream().map(r -> NoticeDelivery.expanded(r, fanout.availableAt())).toList());
    if (page.size() < chunk) {
      outbox.finishFanout(fanout.district(), fanout.notice());
    } else {
      outbox.advanceFanout(fanout.advancedTo(page.get(page.size() - 1).guardian()));
    }
    return page.size();
  }

  /** Expands due fan-outs (up to about {@code limit} deliveries), then sends up to {@code limit} due deliveries. */
  @Override
  public int dispatchDue(int limit) {
    expandDue(limit);
    Instant now = clock.now();
    List<NoticeDelivery> due = tx.inTransaction(() -> outbox.due(now, limit));
    int sent = 0;
    for (NoticeDelivery delivery : due) {
      Optional<NoticeChannel.Message> message = tx.inTransaction(() -> message(delivery));
      if (message.isPresent()) {
        try {
          channel.send(message.get());
        } catch (RuntimeException e) {
          NoticeDelivery failed = delivery.failed(clock.now().plus(backoff(delivery.attempts() + 1)),
              e.getClass().getSimpleName() + ": " + e.getMessage());
          LOG.warn("delivery {} failed (attempt {}), retry at {}", delivery.id(), failed.attempts(), failed.availableAt());
          tx.run(() -> outbox.retryLater(failed));
          continue;
        }
        sent++;
      }
      tx.run(() -> outbox.acknowledge(delivery.district(), delivery.id()));
    }
    return sent;
  }

  /** The message of a delivery, or empty if there is nothing to send any more. */
  private Optional<NoticeChannel.Message> message(NoticeDelivery d) {
    Optional<Notice> notice = notices.byId(d.district(), d.notice());
    Optional<NoticeReceipt> receipt = notices.receiptById(d.district(), d.receipt());
    Optional<Guardian> guardian = roster.guardianById(d.district(), d.guardian());
    if (notice.isEmpty() || receipt.isEmpty() || guardian.isEmpty()) {
      return Optional.empty();
    }
    if (d.kind() == NoticeDelivery.Kind.REMINDER && receipt.get().isRead()) {
      return Optional.empty();
    }
    List<String> students = receipt.get().students().stream().map(s -> roster.studentById(d.district(), s))
        .flatMap(Optional::stream).map(Student::maskedName).toList();
    Notice n = notice.get();
    String title = d.kind() == NoticeDelivery.Kind.REMINDER ? "【提醒】" + n.title() : n.title();
    return Optional.of(new NoticeChannel.Message(d.id(), d.district(), d.guardian(), guardian.get().mobile(), d.kind(),
        title, n.body(), students, n.urgent()));
  }
}
