package org.jiaolianti.domain.homeschool;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The deferred fan-out of one published notice, as kept in the transactional outbox: one row for the whole
 * publication, written with the notice and its receipts; the dispatcher expands it chunk by chunk (in
 * guardian order after {@link #after}) into one {@link NoticeDelivery} per guardian, each with an id derived
 * from its receipt ({@link DeliveryId#of(NoticeReceiptId, NoticeDelivery.Kind)}), so expanding a chunk twice
 * adds nothing twice.
 *
 * <p>中文：通知分发游标（一次发布一行，分批展开为逐个家长的外发）。依据：五(一)2
 *
 * @param after the cursor: the last guardian whose delivery was expanded, or null before the first chunk
 * @param availableAt not expanded before (the notice's release: quiet hours hold it until then)
 */
public record NoticeFanout(DistrictCode district, NoticeId notice, GuardianId after, Instant availableAt) {

  public NoticeFanout {
    requireNonNull(district, "district");
    requireNonNull(notice, "notice");
    requireNonNull(availableAt, "availableAt");
  }

  /** The fan-out of a notice just published: from the first guardian, available at its release. */
  public static NoticeFanout of(Notice notice) {
    return new NoticeFanout(notice.district(), notice.id(), null, notice.releaseAt());
  }

  /** After a chunk ending with {@code last}'s delivery. */
  public NoticeFanout advancedTo(GuardianId last) {
    return new NoticeFanout(district, notice, requireNonNull(last, "last"), availableAt);
  }
}
