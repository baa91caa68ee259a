package org.jiaolianti.application.homeschool.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Notices and their receipts (one per guardian), per district. */
public interface Notices {

  /** Adds a notice; the same id twice is a duplicate conflict. */
  void add(Notice notice);

  Optional<Notice> byId(DistrictCode district, NoticeId id);

  /** The district's notices, newest published first. */
  List<Notice> all(DistrictCode district);

  /** The district's notices released in {@code [from, to)}, for the daily cap. */
  List<Notice> releasedBetween(DistrictCode district, Instant from, Instant to);

  /**
   * Adds the receipts of one publication at once (a JDBC adapter batches them); a duplicate id or a
   * second receipt of the same guardian for the same notice is a duplicate conflict and adds none.
   */
  void addReceipts(List<NoticeReceipt> receipts);

  /** The receipts of a notice, by guardian id. */
  List<NoticeReceipt> receiptsOf(DistrictCode district, NoticeId notice);

  /**
   * A page of a notice's receipts in guardian order (the store's order of guardian ids): up to {@code limit}
   * receipts of guardians after {@code after} (exclusive), or from the first when {@code after} is null.
   * Paging on with the last receipt's guardian lists every receipt exactly once.
   */
  List<NoticeReceipt> receiptsOf(DistrictCode district, NoticeId notice, GuardianId after, int limit);

  Optional<NoticeReceipt> receiptById(DistrictCode district, NoticeReceiptId id);

  /** A guardian's receipts, of every notice. */
  List<NoticeReceipt> receiptsOfGuardian(DistrictCode district, GuardianId guardian);

  /** Stores a changed receipt if its version is the stored one; returns it with the next version; else a stale conflict. */
  NoticeReceipt updateReceipt(NoticeReceipt receipt);

  /**
   * For the home–school report: one tally per receipt of the notices released in {@code [from, to)} — which
   * children it concerns, whether it was read and confirmed — without the guardians or their signatures.
   */
  List<ReceiptTally> receiptTallies(DistrictCode district, Instant from, Instant to);

  /** What the report counts of one receipt. */
  record ReceiptTally(NoticeId notice, List<StudentId> students, boolean read, boolean confirmed) {
    public ReceiptTally {
      students = List.copyOf(students);
    }
  }
}
