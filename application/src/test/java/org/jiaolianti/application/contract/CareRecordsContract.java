package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordId;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CareRecords}: records are added and read back per district and file (day, then time of
 * recording, then id), notes and plans as given; the open follow-ups of a district are listed; an update stores
 * the follow-up and bumps the version; a stale version is a conflict; an id is used once; nothing is deleted.
 */
public abstract class CareRecordsContract extends PortContract<CareRecords> {

  protected final MessagingWorld school = new MessagingWorld(world);
  protected final MentalHealthFile file = MentalHealthFile.open(MentalHealthFileId.newId(), XIANGAN,
      world.schoolA.id(), school.student.id(), FileTrigger.OBSERVATION, "ATTENTION", Set.of(), world.userA.id(),
      world.userA.id(), NOW, "fc1:k1:建档");

  protected abstract CareRecords careRecords();

  @Override
  final CareRecords newPort() {
    return careRecords();
  }

  /** What a care record refers to, the file included. */
  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(MessagingWorld.referenced(world, school));
    all.add(file);
    return all;
  }

  private CareRecord record(CareKind kind, LocalDate on, LocalDate followUpOn, long seconds) {
    return CareRecord.record(CareRecordId.newId(), XIANGAN, file.id(), school.student.id(), kind, on,
        "fc1:k1:谈话" + RARE, kind.intervention() ? "fc1:k1:计划" : null, followUpOn, world.userA.id(),
        NOW.plusSeconds(seconds));
  }

  @Test
  void recordsReadBackInDayOrderPerFileAndDistrict() {
    CareRecord later = record(CareKind.TALK, LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 10), 2);
    CareRecord earlier = record(CareKind.OBSERVATION, LocalDate.of(2026, 1, 2), null, 1);
    port().add(later);
    port().add(earlier);
    List<CareRecord> read = port().ofFile(XIANGAN, file.id());
    assertThat(read).extracting(CareRecord::id).containsExactly(earlier.id(), later.id());
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(port().openFollowUps(XIANGAN)).extracting(CareRecord::id).containsExactly(later.id());
    assertThat(port().ofFile(HULI, file.id())).isEmpty();
    assertThat(port().byId(HULI, later.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(later));
  }

  @Test
  void theFollowUpIsStoredOnce_aStaleVersionIsAConflict() {
    CareRecord r = record(CareKind.GUIDANCE, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3), 1);
    port().add(r);
    CareRecord done = port().update(r.followedUp(world.userA.id(), NOW.plusSeconds(100)));
    assertThat(done.version()).isEqualTo(1);
    assertThat(done.followedUpAt()).isEqualTo(NOW.plusSeconds(100));
    assertSameRecord(port().byId(XIANGAN, r.id()).orElseThrow(), done);
    assertThat(port().openFollowUps(XIANGAN)).isEmpty();
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(r.followedUp(world.userA.id(), NOW)));
  }

  @Test
  void thePortAddsReadsAndUpdates_nothingIsDeleted() {
    assertThat(Arrays.stream(CareRecords.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofFile", "openFollowUps", "update");
  }
}
