package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.consent.port.out.Consents;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Consents}: consents are added and read back per student in recording order; a revocation
 * keeps the grant, bumps the version and is stored with who, when and how; a stale version is a conflict; nothing
 * else changes and nothing is deleted.
 */
public abstract class ConsentsContract extends PortContract<Consents> {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract Consents consents();

  @Override
  final Consents newPort() {
    return consents();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  private Consent byGuardian(ConsentPurpose purpose, long second) {
    return Consent.grant(ConsentId.newId(), XIANGAN, school.student.id(), purpose, GrantorKind.GUARDIAN,
        world.guardian.id(), ConsentMethod.IN_APP, DAY.minusDays(3), world.userB.id(), NOW.plusSeconds(second));
  }

  @Test
  void consentsReadBackPerStudentInRecordingOrder() {
    Consent later = byGuardian(ConsentPurpose.MENTAL_HEALTH_FILE, 10);
    Consent earlier = Consent.grant(ConsentId.newId(), XIANGAN, school.student.id(),
        ConsentPurpose.GENERAL_PROCESSING, GrantorKind.STUDENT, null, ConsentMethod.WRITTEN_FORM, DAY,
        world.userA.id(), NOW);
    port().add(later);
    port().add(earlier);
    List<Consent> read = port().ofStudent(XIANGAN, school.student.id());
    assertThat(read).extracting(Consent::id).containsExactly(earlier.id(), later.id());
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(port().ofStudent(XIANGAN, school.other.id())).isEmpty();
    assertThat(port().ofStudent(HULI, school.student.id())).isEmpty();
    assertThat(port().byId(HULI, later.id())).isEmpty();
    assertThat(port().byId(XIANGAN, later.id())).hasValueSatisfying(c -> assertSameRecord(c, later));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(later));
  }

  @Test
  void aRevocationKeepsTheGrant_aStaleVersionIsAConflict() {
    Consent c = byGuardian(ConsentPurpose.MEDICAL_REFERRAL, 0);
    port().add(c);
    Consent revoked = port().update(c.revoked(DAY, world.userA.id(), NOW.plusSeconds(60), ConsentMethod.WRITTEN_FORM));
    assertThat(revoked.version()).isEqualTo(1);
    assertThat(revoked.revokedOn()).isEqualTo(DAY);
    assertThat(revoked.grantedOn()).isEqualTo(DAY.minusDays(3));
    assertSameRecord(port().byId(XIANGAN, c.id()).orElseThrow(), revoked);
    assertThat(revoked.inForceOn(DAY.minusDays(1))).isTrue();
    assertThat(revoked.inForceOn(DAY)).isFalse();
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(c.revoked(DAY, world.userB.id(), NOW.plusSeconds(90), ConsentMethod.IN_APP)));
    assertSameRecord(port().byId(XIANGAN, c.id()).orElseThrow(), revoked);
  }

  @Test
  void updatingAnUnknownConsentFails() {
    Consent c = byGuardian(ConsentPurpose.MEDICAL_REFERRAL, 0);
    assertThatThrownBy(() -> port().update(c.revoked(DAY, world.userA.id(), NOW, ConsentMethod.WRITTEN_FORM)))
        .isInstanceOfAny(NotFoundException.class, ConflictException.class);
  }

  @Test
  void thePortAddsReadsAndRevokes_nothingIsDeleted() {
    assertThat(Arrays.stream(Consents.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofStudent", "update");
  }
}
