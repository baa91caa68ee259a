package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.referral.port.out.Referrals.Sealed;
import org.jiaolianti.application.referral.port.out.Referrals.Step;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Referrals}: referrals are added and read back per district, newest opening first, with
 * every field as given (the sealed text is opaque to the port and survives unchanged, a rare character included);
 * an update stores the new status, texts and link, appends the new steps and keeps the stored ones, and bumps the
 * version; a stale version is a conflict; an id is used once; nothing is deleted.
 */
public abstract class ReferralsContract extends PortContract<Referrals> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract Referrals referrals();

  @Override
  final Referrals newPort() {
    return referrals();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(MessagingWorld.referenced(world, school));
    all.add(world.community);
    all.add(world.police);
    return all;
  }

  /** Stands in for ciphertext: the port stores text as given, whatever it is. */
  private static String sealed(String what) {
    return "fc1:k1:" + what + RARE + "x".repeat(3000);
  }

  private Sealed opened(java.time.Instant at, boolean emergency) {
    return new Sealed(ReferralId.newId(), XIANGAN, world.schoolA.id(), school.student.id(),
        emergency ? MentalHealthFileId.newId() : null, world.community.id(), ReferralUrgency.CRISIS,
        ReferralStatus.OPEN, sealed("summary"), emergency ? null : ConsentId.newId(),
        emergency ? EmergencyReason.IMMINENT_RISK_TO_LIFE : null, emergency ? at : null, null, null, null, null,
        List.of(new Step(ReferralStatus.OPEN, world.userA.id(), at, null)), 0);
  }

  private static Sealed with(Sealed s, ReferralStatus status, String outcome, String plan, ReferralId to,
      List<Step> steps) {
    return new Sealed(s.id(), s.district(), s.school(), s.student(), s.file(), s.institution(), s.urgency(), status,
        s.sharedSummary(), s.consent(), s.emergencyReason(), s.guardianInformedAt(), outcome, plan, s.reroutedFrom(),
        to, steps, s.version());
  }

  @Test
  void referralsReadBackNewestFirstPerDistrict() {
    Sealed older = opened(NOW, false);
    Sealed newer = opened(NOW.plusSeconds(60), true);
    port().add(older);
    port().add(newer);
    List<Sealed> read = port().all(XIANGAN);
    assertThat(read).extracting(Sealed::id).containsExactly(newer.id(), older.id());
    assertSameRecord(read.get(0), newer);
    assertSameRecord(read.get(1), older);
    assertThat(port().all(HULI)).isEmpty();
    assertThat(port().byId(HULI, older.id())).isEmpty();
    assertThat(port().byId(XIANGAN, older.id())).hasValueSatisfying(s -> assertSameRecord(s, older));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(older));
  }

  @Test
  void anUpdateStoresTheStepAndBumpsTheVersion_storedStepsStay_aStaleVersionIsAConflict() {
    Sealed s = opened(NOW, false);
    port().add(s);
    List<Step> steps = new ArrayList<>(s.history());
    steps.add(new Step(ReferralStatus.ACCEPTED, world.userB.id(), NOW.plusSeconds(10), null));
    steps.add(new Step(ReferralStatus.OUTCOME_RECORDED, world.userB.id(), NOW.plusSeconds(20), sealed("note")));
    Sealed outcome = port().update(with(s, ReferralStatus.OUTCOME_RECORDED, sealed("outcome"), null, null, steps));
    assertThat(outcome.version()).isEqualTo(1);
    assertThat(outcome.history()).hasSize(3);
    assertSameRecord(port().byId(XIANGAN, s.id()).orElseThrow(), outcome);
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(s));

    Sealed next = opened(NOW.plusSeconds(30), false);
    port().add(next);
    List<Step> more = new ArrayList<>(outcome.history());
    more.set(0, new Step(ReferralStatus.OPEN, world.userB.id(), NOW.minusSeconds(1), sealed("changed")));
    more.add(new Step(ReferralStatus.REROUTED, world.userA.id(), NOW.plusSeconds(30), sealed("reason")));
    Sealed rerouted = port().update(with(outcome, ReferralStatus.REROUTED, sealed("outcome2"), null, next.id(), more));
    assertThat(rerouted.version()).isEqualTo(2);
    assertThat(rerouted.reroutedTo()).isEqualTo(next.id());
    assertThat(rerouted.outcomeNote()).isEqualTo(sealed("outcome2"));
    assertThat(rerouted.history()).hasSize(4);
    assertThat(rerouted.history().get(0)).isEqualTo(s.history().get(0));
    assertSameRecord(port().byId(XIANGAN, s.id()).orElseThrow(), rerouted);
  }

  @Test
  void thePortAddsReadsAndUpdates_nothingIsDeleted() {
    assertThat(Arrays.stream(Referrals.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "all", "update");
  }
}
