package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.ISSUED;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DockingAgreements}: school × partner agreements, added several at once,
 * never deleted (ended and voided ones kept), updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #agreements()}
 * to return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the
 * towns, schools and partners to exist first. The application test-jar ships it.
 */
public abstract class DockingAgreementsContract extends PortContract<DockingAgreements> {

  /** A fresh port that holds no agreement. */
  protected abstract DockingAgreements agreements();

  @Override
  final DockingAgreements newPort() {
    return agreements();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.townsSchoolsAndPartners();
  }

  private static DockingAgreement agreement(School school, Partner partner, Set<Collaboration> collaborations) {
    return DockingAgreement.sign(AgreementId.newId(), school.district(), school.id(), partner.id(), collaborations,
        "共建" + RARE + "家长学校，开展社区实践活动", "每月一次联席会，活动前一周对接", "刘" + RARE + "主任",
        "0592-7123456", DateRange.from(ISSUED));
  }

  @Test
  void severalAgreementsAddedAtOnceReadBackEqual() {
    DockingAgreement a = agreement(world.schoolA, world.community,
        Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION));
    DockingAgreement b = agreement(world.schoolB, world.community, Set.of(Collaboration.COMMUNITY_EDUCATION));
    DockingAgreement k = agreement(world.kindergarten, world.community, Set.of(Collaboration.VENUE_SCHOOL));

    port().addAll(List.of(a, b, k));

    for (DockingAgreement x : List.of(a, b, k)) {
      assertSameRecord(port().byId(XIANGAN, x.id()).orElseThrow(), x);
    }
    DockingAgreement read = port().byId(XIANGAN, a.id()).orElseThrow();
    assertThat(read.duties()).isEqualTo("共建" + RARE + "家长学校，开展社区实践活动");
    assertThat(read.responsiblePerson()).isEqualTo("刘" + RARE + "主任");
    assertThat(read.collaborations()).containsExactlyInAnyOrder(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION);
    assertThat(port().all(XIANGAN)).extracting(DockingAgreement::id).containsExactlyInAnyOrder(a.id(), b.id(), k.id());
    assertThat(port().byId(XIANGAN, AgreementId.newId())).isEmpty();
  }

  @Test
  void addingNoAgreementAddsNothing() {
    port().addAll(List.of());

    assertThat(port().all(XIANGAN)).isEmpty();
  }

  @Test
  void anAgreementWithAnEndDateReadsBackWithIt() {
    DockingAgreement ended = DockingAgreement.sign(AgreementId.newId(), XIANGAN, world.schoolA.id(), world.police.id(),
        Set.of(Collaboration.POLICE_SCHOOL), "护学岗", "每日上下学时段", "公安联络员", "110",
        DateRange.of(ISSUED, LocalDate.of(2026, 7, 31)));
    port().addAll(List.of(ended));

    assertSameRecord(port().byId(XIANGAN, ended.id()).orElseThrow(), ended);
  }

  @Test
  void ofSchoolListsTheSchoolsAgreementsOfEveryDateVoidedOnesIncluded() {
    DockingAgreement withCommunity = agreement(world.schoolA, world.community, Set.of(Collaboration.HOME_SCHOOL));
    DockingAgreement withPolice = agreement(world.schoolA, world.police, Set.of(Collaboration.POLICE_SCHOOL));
    DockingAgreement otherSchool = agreement(world.schoolB, world.police, Set.of(Collaboration.POLICE_SCHOOL));
    port().addAll(List.of(withCommunity, withPolice, otherSchool));
    DockingAgreement voided = port().update(withPolice.voided(ContractWorld.voiding("签错学校")));

    List<DockingAgreement> ofSchool = port().ofSchool(XIANGAN, world.schoolA.id());

    assertThat(ofSchool).extracting(DockingAgreement::id).containsExactlyInAnyOrder(withCommunity.id(), withPolice.id());
    assertThat(ofSchool).filteredOn(a -> a.id().equals(withPolice.id())).singleElement()
        .satisfies(a -> assertSameRecord(a, voided));
  }

  @Test
  void anUpdateWithTheStoredVersionStoresTheNextVersion() {
    DockingAgreement agreement = agreement(world.schoolA, world.community, Set.of(Collaboration.HOME_SCHOOL));
    port().addAll(List.of(agreement));
    DockingAgreement stored = port().byId(XIANGAN, agreement.id()).orElseThrow();

    DockingAgreement ended = port().update(stored.endingOn(LocalDate.of(2026, 8, 31)));
    DockingAgreement voided = port().update(ended.voided(ContractWorld.voiding("协议作废")));

    assertThat(ended.version()).isEqualTo(stored.version() + 1);
    assertThat(voided.version()).isEqualTo(stored.version() + 2);
    DockingAgreement read = port().byId(XIANGAN, agreement.id()).orElseThrow();
    assertSameRecord(read, voided);
    assertThat(read.period()).isEqualTo(DateRange.of(ISSUED, LocalDate.of(2026, 8, 31)));
    assertThat(read.voiding()).isEqualTo(ContractWorld.voiding("协议作废"));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    DockingAgreement agreement = agreement(world.schoolA, world.community, Set.of(Collaboration.HOME_SCHOOL));
    port().addAll(List.of(agreement));
    DockingAgreement stale = port().byId(XIANGAN, agreement.id()).orElseThrow();
    DockingAgreement updated = port().update(stale.endingOn(LocalDate.of(2026, 8, 31)));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(stale.voided(ContractWorld.voiding("迟到"))));
    assertSameRecord(port().byId(XIANGAN, agreement.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsAgreementsAreNeverReturned() {
    DockingAgreement xiangan = agreement(world.schoolA, world.community, Set.of(Collaboration.HOME_SCHOOL));
    DockingAgreement huli = agreement(world.schoolHuli, world.partnerHuli, Set.of(Collaboration.HOME_SCHOOL));
    port().addAll(List.of(xiangan));
    port().addAll(List.of(huli));

    assertThat(port().byId(XIANGAN, huli.id())).isEmpty();
    assertThat(port().byId(HULI, xiangan.id())).isEmpty();
    assertThat(port().ofSchool(XIANGAN, world.schoolHuli.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(DockingAgreement::id).containsExactly(xiangan.id());
    assertThat(port().all(HULI)).extracting(DockingAgreement::id).containsExactly(huli.id());
  }
}
