package org.jiaolianti.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.domain.audit.AuditChain;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.shared.DistrictCode;

/** The audit trail in memory: one list per district, appended under a lock; no update, no delete but purge. */
public final class InMemoryAuditTrail implements AuditTrail {

  private final Map<DistrictCode, List<AuditEvent>> events = new HashMap<>();
  private final Map<DistrictCode, Long> heads = new HashMap<>();
  private final Map<DistrictCode, String> headHashes = new HashMap<>();
  private final Map<DistrictCode, AuditCheckpoint> checkpoints = new HashMap<>();

  @Override
  public synchronized AuditEvent append(AuditEntry entry) {
    DistrictCode d = entry.district();
    long sequence = heads.getOrDefault(d, 0L) + 1;
    AuditEvent event = AuditEvent.chained(sequence, headHashes.getOrDefault(d, AuditChain.GENESIS), entry);
    events.computeIfAbsent(d, k -> new ArrayList<>()).add(event);
    heads.put(d, sequence);
    headHashes.put(d, event.hash());
    return event;
  }

  @Override
  public synchronized List<AuditEvent> find(DistrictCode district, AuditFilter filter, int offset, int limit) {
    return events.getOrDefault(district, List.of()).stream().filter(filter::matches)
        .sorted(Comparator.comparingLong(AuditEvent::sequence).reversed()).skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized long count(DistrictCode district, AuditFilter filter) {
    return events.getOrDefault(district, List.of()).stream().filter(filter::matches).count();
  }

  @Override
  public synchronized List<AuditEvent> walk(DistrictCode district, long afterSequence, int limit) {
    return events.getOrDefault(district, List.of()).stream().filter(e -> e.sequence() > afterSequence)
        .sorted(Comparator.comparingLong(AuditEvent::sequence)).limit(limit).toList();
  }

  @Override
  public synchronized long headSequence(DistrictCode district) {
    return heads.getOrDefault(district, 0L);
  }

  @Override
  public synchronized Optional<AuditCheckpoint> checkpoint(DistrictCode district) {
    return Optional.ofNullable(checkpoints.get(district));
  }

  @Override
  public synchronized Optional<AuditCheckpoint> purge(DistrictCode district, Instant before, Instant now) {
    List<AuditEvent> list = events.getOrDefault(district, new ArrayList<>());
    list.sort(Comparator.comparingLong(AuditEvent::sequence));
    int n = 0;
    while (n < list.size() && list.get(n).entry().at().isBefore(before)) {
      n++;
    }
    if (n == 0) {
      return Optional.empty();
    }
    AuditEvent last = list.get(n - 1);
    list.subList(0, n).clear();
    AuditCheckpoint checkpoint = new AuditCheckpoint(district, last.sequence(), last.hash(), now, n);
    checkpoints.put(district, checkpoint);
    return Optional.of(checkpoint);
  }
}
