package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditChain;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.audit.ChainVerification;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AuditTrail}: appends get gap-free sequences per district, chained by hash, also when
 * concurrent; events read back unchanged (Chinese and beyond-BMP text included); filters and paging, newest first;
 * walk in sequence order; purge removes only the oldest whole segment and leaves a checkpoint the chain verifies
 * from; the port has no update or delete method.
 */
public abstract class AuditTrailContract extends PortContract<AuditTrail> {

  protected abstract AuditTrail auditTrail();

  @Override
  final AuditTrail newPort() {
    return auditTrail();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  protected static AuditEntry entry(DistrictCode district, Instant at, String username, String subjectId,
      AuditOutcome outcome) {
    return new AuditEntry(district, at, username, "user-" + username, "TEACHER", "TEACHER:SCHOOL:school-a",
        new AuditSubject("HOME_VISIT", subjectId), AuditAction.READ, "班主任家访跟进" + RARE, outcome);
  }

  private ChainVerification verify(DistrictCode district) {
    AuditChain.Verifier v = AuditChain.verifier(port().checkpoint(district));
    port().walk(district, port().checkpoint(district).map(AuditCheckpoint::sequence).orElse(0L), 10_000)
        .forEach(v::accept);
    return v.result(port().headSequence(district));
  }

  @Test
  void appendsAreNumberedWithoutGapsAndChainedPerDistrict() {
    AuditEvent first = port().append(entry(XIANGAN, NOW, "li", "v1", AuditOutcome.ALLOWED));
    AuditEvent second = port().append(entry(XIANGAN, NOW.plusSeconds(1), "wang", "v2", AuditOutcome.DENIED));
    AuditEvent huli = port().append(entry(HULI, NOW, "zhao", "v3", AuditOutcome.ALLOWED));

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(huli.sequence()).isEqualTo(1);
    assertThat(port().headSequence(XIANGAN)).isEqualTo(2);
    assertThat(port().headSequence(DistrictCode.of("350211"))).isZero();
    assertThat(verify(XIANGAN).ok()).isTrue();
    assertThat(verify(XIANGAN).checked()).isEqualTo(2);
    assertThat(verify(HULI).checked()).isEqualTo(1);
  }

  @Test
  void eventsReadBackUnchanged() {
    AuditEvent written = port().append(entry(XIANGAN, NOW.plusNanos(123_456_000), "li", "家访-" + RARE,
        AuditOutcome.DENIED));

    assertSameRecord(port().walk(XIANGAN, 0, 10), List.of(written));
    assertSameRecord(port().find(XIANGAN, AuditFilter.ALL, 0, 10), List.of(written));
  }

  @Test
  void findFiltersAndPagesNewestFirst() {
    for (int i = 0; i < 5; i++) {
      port().append(entry(XIANGAN, NOW.plusSeconds(i), i % 2 == 0 ? "li" : "wang", "v" + (i % 3),
          AuditOutcome.ALLOWED));
    }
    port().append(entry(HULI, NOW, "li", "v0", AuditOutcome.ALLOWED));

    assertThat(port().find(XIANGAN, AuditFilter.ALL, 0, 2)).extracting(AuditEvent::sequence).containsExactly(5L, 4L);
    assertThat(port().find(XIANGAN, AuditFilter.ALL, 4, 10)).extracting(AuditEvent::sequence).containsExactly(1L);
    assertThat(port().count(XIANGAN, AuditFilter.ALL)).isEqualTo(5);
    AuditFilter li = new AuditFilter(null, null, "li", null, null);
    assertThat(port().find(XIANGAN, li, 0, 10)).extracting(AuditEvent::sequence).containsExactly(5L, 3L, 1L);
    AuditFilter subject = new AuditFilter("HOME_VISIT", "v0", null, null, null);
    assertThat(port().find(XIANGAN, subject, 0, 10)).extracting(AuditEvent::sequence).containsExactly(4L, 1L);
    assertThat(port().count(XIANGAN, subject)).isEqualTo(2);
    AuditFilter window = new AuditFilter(null, null, null, NOW.plusSeconds(1), NOW.plusSeconds(3));
    assertThat(port().find(XIANGAN, window, 0, 10)).extracting(AuditEvent::sequence).containsExactly(3L, 2L);
    assertThat(port().find(XIANGAN, new AuditFilter("STUDENT", null, null, null, null), 0, 10)).isEmpty();
  }

  @Test
  void walkPagesInSequenceOrder() {
    for (int i = 0; i < 7; i++) {
      port().append(entry(XIANGAN, NOW.plusSeconds(i), "li", "v", AuditOutcome.ALLOWED));
    }
    assertThat(port().walk(XIANGAN, 0, 3)).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L);
    assertThat(port().walk(XIANGAN, 6, 3)).extracting(AuditEvent::sequence).containsExactly(7L);
  }

  @Test
  void concurrentAppendsFormOneGapFreeChain() throws Exception {
    port().append(entry(XIANGAN, NOW, "first", "v", AuditOutcome.ALLOWED));
    int threads = 8;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String user = "u" + t;
        tasks.add(() -> {
          for (int i = 0; i < each; i++) {
            port().append(entry(XIANGAN, NOW.plusSeconds(i), user, "v" + i, AuditOutcome.ALLOWED));
          }
          return null;
        });
      }
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    long total = 1 + threads * each;
    assertThat(port().walk(XIANGAN, 0, 1000)).extracting(AuditEvent::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(verify(XIANGAN)).isEqualTo(ChainVerification.ok(total, total));
  }

  @Test
  void purgeRemovesOnlyTheOldestWholeSegmentAndLeavesACheckpoint() {
    port().append(entry(XIANGAN, NOW, "li", "v", AuditOutcome.ALLOWED));
    port().append(entry(XIANGAN, NOW.plusSeconds(10), "li", "v", AuditOutcome.ALLOWED));
    // a young event, then an older one appended after it: the segment ends before the young one
    AuditEvent young = port().append(entry(XIANGAN, NOW.plusSeconds(100), "li", "v", AuditOutcome.ALLOWED));
    port().append(entry(XIANGAN, NOW.plusSeconds(20), "li", "v", AuditOutcome.ALLOWED));
    port().append(entry(HULI, NOW, "li", "v", AuditOutcome.ALLOWED));

    assertThat(port().purge(XIANGAN, NOW, NOW.plusSeconds(500))).isEmpty();
    AuditCheckpoint checkpoint = port().purge(XIANGAN, NOW.plusSeconds(50), NOW.plusSeconds(500)).orElseThrow();

    assertThat(checkpoint.sequence()).isEqualTo(2);
    assertThat(checkpoint.purgedCount()).isEqualTo(2);
    assertThat(checkpoint.hash()).isEqualTo(young.previousHash());
    assertThat(port().checkpoint(XIANGAN)).contains(checkpoint);
    assertThat(port().walk(XIANGAN, 0, 10)).extracting(AuditEvent::sequence).containsExactly(3L, 4L);
    assertThat(port().walk(HULI, 0, 10)).hasSize(1);
    assertThat(verify(XIANGAN)).isEqualTo(ChainVerification.ok(2, 4));
    AuditEvent next = port().append(entry(XIANGAN, NOW.plusSeconds(600), "li", "v", AuditOutcome.ALLOWED));
    assertThat(next.sequence()).isEqualTo(5);
    assertThat(verify(XIANGAN).ok()).isTrue();
  }

  @Test
  void theTrailHasNoUpdateOrDeleteMethod() {
    assertThat(Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("append", "find", "count", "walk", "headSequence", "checkpoint", "purge")
        .noneMatch(n -> n.startsWith("update") || n.startsWith("delete") || n.startsWith("remove"));
  }
}
