package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.ISSUED;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Zones}: experimental zones with their memberships (ended and voided ones
 * kept), listed by name, updated under optimistic versioning; a school's memberships across zones.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #zones()} to
 * return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the towns
 * and schools to exist first. The application test-jar ships it.
 */
public abstract class ZonesContract extends PortContract<Zones> {

  /** A fresh port that holds no zone. */
  protected abstract Zones zones();

  @Override
  final Zones newPort() {
    return zones();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.townsAndSchools();
  }

  private static Zone zone(DistrictCode district, String name, SchoolId lead) {
    return Zone.establish(ZoneId.newId(), district, name, lead, name + "协调办公室", ISSUED, ZoneMembershipId.newId());
  }

  @Test
  void anAddedZoneReadsBackEqual() {
    Zone zone = Zone.establish(ZoneId.newId(), XIANGAN, "1号" + RARE + "实验区", world.schoolA.id(),
        "设在" + RARE + "祥小学的协调办公室", ISSUED, ZoneMembershipId.newId());
    port().add(zone);

    Zone read = port().byId(XIANGAN, zone.id()).orElseThrow();
    assertSameRecord(read, zone);
    assertThat(read.name()).isEqualTo("1号" + RARE + "实验区");
    assertThat(read.coordinationOffice()).contains("设在" + RARE + "祥小学的协调办公室");
    assertThat(read.memberships()).singleElement().satisfies(m -> {
      assertThat(m.school()).isEqualTo(world.schoolA.id());
      assertThat(m.period()).isEqualTo(DateRange.from(ISSUED));
    });
    assertThat(port().byId(XIANGAN, ZoneId.newId())).isEmpty();
  }

  @Test
  void aZoneWithoutCoordinationOfficeReadsBackWithout() {
    Zone zone = Zone.establish(ZoneId.newId(), XIANGAN, "1号实验区", world.schoolA.id(), null, ISSUED,
        ZoneMembershipId.newId());
    port().add(zone);

    assertThat(port().byId(XIANGAN, zone.id()).orElseThrow().coordinationOffice()).isEmpty();
  }

  @Test
  void allListsTheDistrictsZonesByName() {
    Zone second = zone(XIANGAN, "2号实验区", world.schoolB.id());
    Zone first = zone(XIANGAN, "1号实验区", world.schoolA.id());
    Zone third = zone(XIANGAN, "3号实验区", world.kindergarten.id());
    port().add(second);
    port().add(third);
    port().add(first);

    assertThat(port().all(XIANGAN)).extracting(Zone::id).containsExactly(first.id(), second.id(), third.id());
  }

  @Test
  void anUpdateWithTheStoredVersionStoresTheMembershipsAndTheNextVersion() {
    port().add(zone(XIANGAN, "1号实验区", world.schoolA.id()));
    Zone stored = port().all(XIANGAN).get(0);
    ZoneMembershipId member = ZoneMembershipId.newId();

    Zone updated = port().update(stored.withMember(member, world.schoolB.id(), DateRange.of(ISSUED, LocalDate.of(2026, 7, 31))));

    assertThat(updated.version()).isEqualTo(stored.version() + 1);
    Zone read = port().byId(XIANGAN, stored.id()).orElseThrow();
    assertSameRecord(read, updated);
    assertThat(read.membership(member).orElseThrow().period()).isEqualTo(DateRange.of(ISSUED, LocalDate.of(2026, 7, 31)));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    Zone zone = zone(XIANGAN, "1号实验区", world.schoolA.id());
    port().add(zone);
    Zone stale = port().byId(XIANGAN, zone.id()).orElseThrow();
    Zone updated = port().update(stale.withMember(ZoneMembershipId.newId(), world.schoolB.id(), DateRange.from(ISSUED)));

    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(stale.withMember(ZoneMembershipId.newId(), world.kindergarten.id(), DateRange.from(ISSUED))));
    Zone read = port().byId(XIANGAN, zone.id()).orElseThrow();
    assertSameRecord(read, updated);
    assertThat(read.memberships()).extracting(ZoneMembership::school)
        .containsExactlyInAnyOrder(world.schoolA.id(), world.schoolB.id());
  }

  @Test
  void endedAndVoidedMembershipsAreKeptWithTheirPeriodAndVoiding() {
    Zone zone = zone(XIANGAN, "1号实验区", world.schoolA.id());
    port().add(zone);
    ZoneMembershipId ended = ZoneMembershipId.newId();
    ZoneMembershipId voided = ZoneMembershipId.newId();
    Zone withMembers = port().update(port().byId(XIANGAN, zone.id()).orElseThrow()
        .withMember(ended, world.schoolB.id(), DateRange.from(ISSUED))
        .withMember(voided, world.kindergarten.id(), DateRange.from(ISSUED)));

    Zone changed = port().update(withMembers.endingMembership(ended, LocalDate.of(2026, 3, 31))
        .voidingMembership(voided, ContractWorld.voiding("录入错误：" + RARE)));

    Zone read = port().byId(XIANGAN, zone.id()).orElseThrow();
    assertSameRecord(read, changed);
    assertThat(read.memberships()).hasSize(3);
    assertThat(read.membership(ended).orElseThrow().period()).isEqualTo(DateRange.of(ISSUED, LocalDate.of(2026, 3, 31)));
    assertThat(read.membership(ended).orElseThrow().voiding()).isNull();
    assertThat(read.membership(voided).orElseThrow().voiding()).isEqualTo(ContractWorld.voiding("录入错误：" + RARE));
  }

  @Test
  void membershipsOfASchoolComeFromEveryZoneVoidedOnesIncluded() {
    Zone zoneOne = zone(XIANGAN, "1号实验区", world.schoolA.id());
    Zone zoneTwo = zone(XIANGAN, "2号实验区", world.kindergarten.id());
    port().add(zoneOne);
    port().add(zoneTwo);
    ZoneMembershipId inOne = ZoneMembershipId.newId();
    ZoneMembershipId inTwo = ZoneMembershipId.newId();
    ZoneMembershipId voidedInTwo = ZoneMembershipId.newId();
    port().update(port().byId(XIANGAN, zoneOne.id()).orElseThrow()
        .withMember(inOne, world.schoolB.id(), DateRange.of(ISSUED, LocalDate.of(2026, 3, 31))));
    Zone two = port().update(port().byId(XIANGAN, zoneTwo.id()).orElseThrow()
        .withMember(voidedInTwo, world.schoolB.id(), DateRange.from(LocalDate.of(2026, 2, 1)))
        .withMember(inTwo, world.schoolB.id(), DateRange.from(LocalDate.of(2026, 4, 1))));
    port().update(two.voidingMembership(voidedInTwo, ContractWorld.voiding("重复录入")));

    List<ZoneMembership> memberships = port().membershipsOf(XIANGAN, world.schoolB.id());

    assertThat(memberships).extracting(ZoneMembership::id).containsExactlyInAnyOrder(inOne, inTwo, voidedInTwo);
    assertThat(memberships).filteredOn(m -> m.id().equals(inOne)).singleElement()
        .satisfies(m -> assertThat(m.zone()).isEqualTo(zoneOne.id()));
    assertThat(memberships).filteredOn(m -> m.id().equals(voidedInTwo)).singleElement()
        .satisfies(m -> assertThat(m.voiding()).isEqualTo(ContractWorld.voiding("重复录入")));
    assertThat(port().membershipsOf(XIANGAN, world.schoolA.id())).singleElement()
        .satisfies(m -> assertThat(m.zone()).isEqualTo(zoneOne.id()));
    assertThat(port().membershipsOf(XIANGAN, world.schoolHuli.id())).isEmpty();
  }

  @Test
  void anotherDistrictsZonesAreNeverReturned() {
    Zone xiangan = zone(XIANGAN, "1号实验区", world.schoolA.id());
    Zone huli = zone(HULI, "湖里实验区", world.schoolHuli.id());
    port().add(xiangan);
    port().add(huli);

    assertThat(port().byId(XIANGAN, huli.id())).isEmpty();
    assertThat(port().byId(HULI, xiangan.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(Zone::id).containsExactly(xiangan.id());
    assertThat(port().all(HULI)).extracting(Zone::id).containsExactly(huli.id());
    assertThat(port().membershipsOf(XIANGAN, world.schoolHuli.id())).isEmpty();
    assertThat(port().membershipsOf(HULI, world.schoolHuli.id())).hasSize(1);
  }
}
