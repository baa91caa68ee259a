package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses.Stored;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.BreakGlass;
import org.jiaolianti.domain.mentalhealth.BreakGlassId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link BreakGlassAccesses}: accesses are added and read back per district, newest start first
 * (the reason, the school, the lead or none, the stop and the end-audited mark survive); an update bumps the
 * version; a stale version is a conflict; an id is used once; nothing is deleted.
 */
public abstract class BreakGlassAccessesContract extends PortContract<BreakGlassAccesses> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract BreakGlassAccesses breakGlassAccesses();

  @Override
  final BreakGlassAccesses newPort() {
    return breakGlassAccesses();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  private Stored access(java.time.Instant at, boolean withLead) {
    BreakGlass b = new BreakGlass(BreakGlassId.newId(), XIANGAN, world.userA.id(), school.student.id(),
        "危机评估需要查阅" + RARE + "记录", at, at.plus(Duration.ofMinutes(60)), null, 0);
    return new Stored(b, world.schoolA.id(), withLead ? world.userB.id() : null, false);
  }

  @Test
  void accessesReadBackNewestFirstPerDistrict() {
    Stored older = access(NOW, true);
    Stored newer = access(NOW.plusSeconds(60), false);
    port().add(older);
    port().add(newer);
    List<Stored> read = port().all(XIANGAN);
    assertThat(read).extracting(s -> s.access().id()).containsExactly(newer.access().id(), older.access().id());
    assertSameRecord(read.get(0), newer);
    assertSameRecord(read.get(1), older);
    assertThat(port().all(HULI)).isEmpty();
    assertThat(port().byId(HULI, older.access().id())).isEmpty();
    assertThat(port().byId(XIANGAN, older.access().id())).hasValueSatisfying(s -> assertSameRecord(s, older));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(older));
  }

  @Test
  void updatingTheStopBumpsTheVersion_aStaleVersionIsAConflict() {
    Stored s = access(NOW, true);
    port().add(s);
    Stored stopped = port().update(s.withAccess(s.access().stopped(NOW.plusSeconds(30)), true));
    assertThat(stopped.access().version()).isEqualTo(1);
    assertThat(stopped.access().stoppedAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(stopped.endAudited()).isTrue();
    assertSameRecord(port().byId(XIANGAN, s.access().id()).orElseThrow(), stopped);
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(s.withAccess(s.access(), true)));
  }

  @Test
  void thePortAddsReadsAndUpdates_nothingIsDeleted() {
    assertThat(Arrays.stream(BreakGlassAccesses.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "all", "update");
  }
}
