package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.util.List;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Partners}: departments, towns/streets, communities and social resource units,
 * listed by name, updated under optimistic versioning.
 *
 * <p>The names whose order is checked start with an ASCII letter, so that the expected order is the
 * same under binary and under linguistic (e.g. pinyin) collations.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #partners()}
 * to return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the
 * towns to exist first. The application test-jar ships it.
 */
public abstract class PartnersContract extends PortContract<Partners> {

  /** A fresh port that holds no partner. */
  protected abstract Partners partners();

  @Override
  final Partners newPort() {
    return partners();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.towns();
  }

  @Test
  void partnersOfEveryKindReadBackEqual() {
    Partner department = world.police;
    Partner community = world.community;
    Partner street = new Partner(PartnerId.newId(), XIANGAN, PartnerKind.TOWN_STREET, "新店街道办事处", null,
        world.townA.code(), null, 0);
    Partner venue = new Partner(PartnerId.newId(), XIANGAN, PartnerKind.SOCIAL_RESOURCE_UNIT, "翔安" + RARE + "科技馆", null,
        null, SocialResourceKind.CULTURAL_VENUE, 0);
    for (Partner p : List.of(department, community, street, venue)) {
      port().add(p);
    }

    for (Partner p : List.of(department, community, street, venue)) {
      assertSameRecord(port().byId(XIANGAN, p.id()).orElseThrow(), p);
    }
    assertThat(port().byId(XIANGAN, community.id()).orElseThrow().name()).isEqualTo("新店" + RARE + "社区");
    assertThat(port().byId(XIANGAN, PartnerId.newId())).isEmpty();
  }

  @Test
  void allListsTheDistrictsPartnersByName() {
    Partner c = partner("C区卫健局");
    Partner a = partner("A区妇联");
    Partner b = partner("B" + RARE + "区关工委");
    port().add(c);
    port().add(a);
    port().add(b);

    assertThat(port().all(XIANGAN)).extracting(Partner::id).containsExactly(a.id(), b.id(), c.id());
  }

  private static Partner partner(String name) {
    return new Partner(PartnerId.newId(), XIANGAN, PartnerKind.DEPARTMENT, name, UnitCode.of("HEALTH_COMMISSION"), null,
        null, 0);
  }

  @Test
  void anUpdateWithTheStoredVersionStoresTheNextVersion() {
    port().add(world.community);
    Partner stored = port().byId(XIANGAN, world.community.id()).orElseThrow();
    Partner renamed = new Partner(stored.id(), XIANGAN, stored.kind(), "新店社区居委会" + RARE, null, stored.town(), null,
        stored.version());

    Partner updated = port().update(renamed);

    assertThat(updated.version()).isEqualTo(stored.version() + 1);
    assertThat(updated.name()).isEqualTo("新店社区居委会" + RARE);
    assertSameRecord(port().byId(XIANGAN, stored.id()).orElseThrow(), updated);
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    port().add(world.community);
    Partner stale = port().byId(XIANGAN, world.community.id()).orElseThrow();
    Partner updated = port().update(new Partner(stale.id(), XIANGAN, stale.kind(), "第一次改名", null, stale.town(), null,
        stale.version()));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(new Partner(stale.id(), XIANGAN, stale.kind(),
        "第二次改名", null, stale.town(), null, stale.version())));
    assertSameRecord(port().byId(XIANGAN, stale.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsPartnersAreNeverReturned() {
    port().add(world.community);
    port().add(world.partnerHuli);

    assertThat(port().byId(XIANGAN, world.partnerHuli.id())).isEmpty();
    assertThat(port().byId(HULI, world.community.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(Partner::id).containsExactly(world.community.id());
    assertThat(port().all(HULI)).extracting(Partner::id).containsExactly(world.partnerHuli.id());
  }
}
