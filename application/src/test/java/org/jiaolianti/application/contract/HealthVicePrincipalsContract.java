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
import org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipalId;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link HealthVicePrincipals}: appointments are added and read back per district in recording
 * order (an open end and a professional title both survive); ending one bumps the version; a stale version is a
 * conflict; nothing is deleted.
 */
public abstract class HealthVicePrincipalsContract extends PortContract<HealthVicePrincipals> {

  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);

  protected abstract HealthVicePrincipals healthVicePrincipals();

  @Override
  final HealthVicePrincipals newPort() {
    return healthVicePrincipals();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsSchoolsAndPartners());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  private HealthVicePrincipal appointed(String title, LocalDate to, long second) {
    return HealthVicePrincipal.appoint(HealthVicePrincipalId.newId(), XIANGAN, world.schoolA.id(), "林" + RARE + "医生",
        world.community.id(), title, DateRange.of(FROM, to), world.userA.id(), NOW.plusSeconds(second));
  }

  @Test
  void appointmentsReadBackInRecordingOrderPerDistrict() {
    HealthVicePrincipal later = appointed("主治医师", null, 10);
    HealthVicePrincipal earlier = appointed(null, LocalDate.of(2026, 8, 31), 0);
    port().add(later);
    port().add(earlier);
    List<HealthVicePrincipal> read = port().ofDistrict(XIANGAN);
    assertThat(read).extracting(HealthVicePrincipal::id).containsExactly(earlier.id(), later.id());
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(port().ofDistrict(HULI)).isEmpty();
    assertThat(port().byId(HULI, later.id())).isEmpty();
    assertThat(port().byId(XIANGAN, later.id())).hasValueSatisfying(h -> assertSameRecord(h, later));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(later));
  }

  @Test
  void endingAnAppointmentBumpsTheVersion_aStaleVersionIsAConflict() {
    HealthVicePrincipal h = appointed("主任医师", null, 0);
    port().add(h);
    HealthVicePrincipal ended = port().update(h.endingOn(LocalDate.of(2026, 1, 31)));
    assertThat(ended.version()).isEqualTo(1);
    assertThat(ended.period().validTo()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertSameRecord(port().byId(XIANGAN, h.id()).orElseThrow(), ended);
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(h.endingOn(LocalDate.of(2026, 2, 1))));
  }

  @Test
  void thePortAddsReadsAndEnds_nothingIsDeleted() {
    assertThat(Arrays.stream(HealthVicePrincipals.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofDistrict", "update");
  }
}
