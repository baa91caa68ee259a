package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.homeschool.Audience;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Notices}: notices of every audience read back equal, listed newest first and by
 * release window; receipts added in one batch (all or none), read back per notice and per guardian, and
 * updated under optimistic versioning. Districts never see each other's.
 *
 * <p>To run it against your storage, extend it and implement {@link #notices()} to return a fresh, empty
 * port. The application test-jar ships it.
 */
public abstract class NoticesContract extends PortContract<Notices> {

  /** A fresh port that holds no notice. */
  protected abstract Notices notices();

  @Override
  final Notices newPort() {
    return notices();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  private Notice notice(DistrictCode district, Audience audience, Instant publishedAt, Instant releaseAt, boolean urgent) {
    return new Notice(NoticeId.newId(), district, audience, "通知" + RARE, "正文第一行\n第二行 " + RARE,
        ConfirmationMode.SIGN_TO_CONFIRM, urgent, true, world.userA.id(), publishedAt, releaseAt, 2, 0);
  }

  private static NoticeReceipt receipt(Notice n, GuardianId guardian, StudentId... students) {
    return NoticeReceipt.issue(NoticeReceiptId.newId(), n.district(), n.id(), guardian, List.of(students));
  }

  @Test
  void noticesOfEveryAudienceReadBackEqual_newestFirst() {
    Notice school = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    Notice grade = notice(XIANGAN, Audience.grade(world.schoolA.id(), 3), NOW.plusSeconds(1), NOW.plusSeconds(1), false);
    Notice inClass = notice(XIANGAN, Audience.schoolClass(world.schoolA.id(), ClassId.newId()), NOW.plusSeconds(2),
        NOW.plus(Duration.ofHours(9)), false);
    Notice picked = notice(XIANGAN, Audience.guardians(world.schoolA.id(), Set.of(GuardianId.newId(), GuardianId.newId())),
        NOW.plusSeconds(3), NOW.plusSeconds(3), false);
    Notice district = notice(XIANGAN, Audience.district(), NOW.plusSeconds(4), NOW.plusSeconds(4), true);
    for (Notice n : List.of(school, grade, inClass, picked, district)) {
      port().add(n);
    }

    for (Notice n : List.of(school, grade, inClass, picked, district)) {
      assertSameRecord(port().byId(XIANGAN, n.id()).orElseThrow(), n);
    }
    assertThat(port().all(XIANGAN)).extracting(Notice::id)
        .containsExactly(district.id(), picked.id(), inClass.id(), grade.id(), school.id());
    assertThat(port().all(HULI)).isEmpty();
    assertThat(port().byId(HULI, school.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(school));
  }

  @Test
  void releasedBetweenIsHalfOpen() {
    Notice early = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    Notice atEnd = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW.plus(Duration.ofHours(1)), false);
    Notice huli = notice(HULI, Audience.school(world.schoolHuli.id()), NOW, NOW, false);
    port().add(early);
    port().add(atEnd);
    port().add(huli);

    assertThat(port().releasedBetween(XIANGAN, NOW, NOW.plus(Duration.ofHours(1)))).extracting(Notice::id)
        .containsExactly(early.id());
    assertThat(port().releasedBetween(XIANGAN, NOW.plusSeconds(1), NOW.plus(Duration.ofHours(2))))
        .extracting(Notice::id).containsExactly(atEnd.id());
  }

  @Test
  void receiptsAreAddedInOneBatch_andReadBackPerNoticeAndPerGuardian() {
    Notice n = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    Notice other = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    port().add(n);
    port().add(other);
    GuardianId g1 = GuardianId.of("a-guardian");
    GuardianId g2 = GuardianId.of("b-guardian");
    NoticeReceipt two = receipt(n, g1, StudentId.of("s-1"), StudentId.of("s-2"));
    NoticeReceipt one = receipt(n, g2, StudentId.of("s-3"));
    NoticeReceipt none = receipt(other, g1);
    port().addReceipts(List.of(one, two));
    port().addReceipts(List.of(none));

    assertThat(port().receiptsOf(XIANGAN, n.id())).extracting(NoticeReceipt::guardian).containsExactly(g1, g2);
    assertSameRecord(port().receiptById(XIANGAN, two.id()).orElseThrow(), two);
    assertSameRecord(port().receiptById(XIANGAN, none.id()).orElseThrow(), none);
    assertThat(port().receiptsOfGuardian(XIANGAN, g1)).extracting(NoticeReceipt::id)
        .containsExactlyInAnyOrder(two.id(), none.id());
    assertThat(port().receiptsOfGuardian(HULI, g1)).isEmpty();
    assertThat(port().receiptById(HULI, two.id())).isEmpty();
  }

  @Test
  void aNoticesReceiptsArePagedInGuardianOrder_eachExactlyOnce() {
    Notice n = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    Notice other = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    port().add(n);
    port().add(other);
    List<NoticeReceipt> receipts = java.util.stream.IntStream.range(0, 7)
        .mapToObj(i -> receipt(n, GuardianId.newId(), StudentId.of("s-" + i))).toList();
    port().addReceipts(receipts);
    port().addReceipts(List.of(receipt(other, receipts.get(0).guardian())));

    List<NoticeReceipt> paged = new java.util.ArrayList<>();
    GuardianId after = null;
    for (int round = 0; round < 10; round++) {
      List<NoticeReceipt> page = port().receiptsOf(XIANGAN, n.id(), after, 3);
      assertThat(page).hasSizeLessThanOrEqualTo(3);
      if (page.isEmpty()) {
        break;
      }
      paged.addAll(page);
      after = page.get(page.size() - 1).guardian();
    }
    assertThat(paged).extracting(NoticeReceipt::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(receipts.stream().map(NoticeReceipt::id).toList());
    NoticeReceipt firstOfSecondPage = paged.get(3);
    assertSameRecord(port().receiptsOf(XIANGAN, n.id(), paged.get(2).guardian(), 1).get(0), firstOfSecondPage);
    assertThat(port().receiptsOf(HULI, n.id(), null, 10)).isEmpty();
  }

  @Test
  void aBatchWithASecondReceiptOfTheSameGuardianAddsNone() {
    Notice n = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    port().add(n);
    GuardianId g = GuardianId.newId();
    port().addReceipts(List.of(receipt(n, g)));

    NoticeReceipt fresh = receipt(n, GuardianId.newId());
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addReceipts(List.of(fresh, receipt(n, g))));
    assertThat(port().receiptsOf(XIANGAN, n.id())).hasSize(1);
    assertThat(port().receiptById(XIANGAN, fresh.id())).isEmpty();
  }

  @Test
  void receiptsAreUpdatedUnderOptimisticVersioning() {
    Notice n = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    port().add(n);
    NoticeReceipt r = receipt(n, GuardianId.newId(), StudentId.newId());
    port().addReceipts(List.of(r));

    NoticeReceipt read = port().updateReceipt(r.read(NOW));
    assertThat(read.version()).isEqualTo(1);
    NoticeReceipt signed = port().updateReceipt(read.confirm(NOW.plusSeconds(60), "陈" + RARE));
    assertSameRecord(port().receiptById(XIANGAN, r.id()).orElseThrow(), signed);
    assertThat(signed.signature()).isEqualTo("陈" + RARE);
    assertThat(signed.readAt()).isEqualTo(NOW);
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().updateReceipt(read.confirm(NOW, null)));
    NoticeReceipt unread = receipt(n, GuardianId.newId());
    port().addReceipts(List.of(unread));
    assertThat(port().updateReceipt(unread.reminded()).reminders()).isOne();
  }

  @Test
  void theSenderIsKept() {
    Notice n = new Notice(NoticeId.newId(), XIANGAN, Audience.district(), "t", "b", ConfirmationMode.READ_ONLY, true,
        false, UserId.of("someone"), NOW, NOW, 0, 0);
    port().add(n);
    assertSameRecord(port().byId(XIANGAN, n.id()).orElseThrow(), n);
  }

  @Test
  void receiptTalliesCountTheReceiptsOfNoticesReleasedInTheRange() {
    Notice inRange = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW, false);
    Notice later = notice(XIANGAN, Audience.school(world.schoolA.id()), NOW, NOW.plus(Duration.ofHours(1)), false);
    Notice huli = notice(HULI, Audience.school(world.schoolHuli.id()), NOW, NOW, false);
    for (Notice n : List.of(inRange, later, huli)) {
      port().add(n);
    }
    NoticeReceipt two = receipt(inRange, GuardianId.newId(), StudentId.of("s-1"), StudentId.of("s-2"));
    NoticeReceipt readOnly = receipt(inRange, GuardianId.newId(), StudentId.of("s-3"));
    port().addReceipts(List.of(two, readOnly));
    port().addReceipts(List.of(receipt(later, GuardianId.newId(), StudentId.of("s-1"))));
    port().addReceipts(List.of(receipt(huli, GuardianId.newId(), StudentId.of("s-9"))));
    port().updateReceipt(two.read(NOW.plusSeconds(5)).confirm(NOW.plusSeconds(6), "陈" + RARE));
    port().updateReceipt(readOnly.read(NOW.plusSeconds(7)));

    assertThat(port().receiptTallies(XIANGAN, NOW, NOW.plus(Duration.ofHours(1)))).containsExactlyInAnyOrder(
        new Notices.ReceiptTally(inRange.id(), List.of(StudentId.of("s-1"), StudentId.of("s-2")), true, true),
        new Notices.ReceiptTally(inRange.id(), List.of(StudentId.of("s-3")), true, false));
    assertThat(port().receiptTallies(XIANGAN, NOW.plusSeconds(1), NOW.plus(Duration.ofHours(2)))).containsExactly(
        new Notices.ReceiptTally(later.id(), List.of(StudentId.of("s-1")), false, false));
    assertThat(port().receiptTallies(HULI, NOW.plusSeconds(1), NOW.plus(Duration.ofHours(2)))).isEmpty();
  }
}
