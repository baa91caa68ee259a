package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.util.List;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.TownKind;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Towns}: towns/streets keyed by their code within a district, listed by code.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #towns()} to
 * return a fresh, empty port. The application test-jar ships it.
 */
public abstract class TownsContract extends PortContract<Towns> {

  /** A fresh port that holds no town. */
  protected abstract Towns towns();

  @Override
  final Towns newPort() {
    return towns();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  @Test
  void anAddedTownReadsBackEqual() {
    Town town = new Town(TownCode.of("350213102"), XIANGAN, "大" + RARE + "镇", TownKind.TOWN);
    port().add(town);

    assertSameRecord(port().byCode(XIANGAN, town.code()).orElseThrow(), town);
    assertThat(port().byCode(XIANGAN, town.code()).orElseThrow().name()).isEqualTo("大" + RARE + "镇");
    assertThat(port().byCode(XIANGAN, TownCode.of("350213999"))).isEmpty();
  }

  @Test
  void allListsTheDistrictsTownsByCode() {
    Town c = new Town(TownCode.of("350213103"), XIANGAN, "内厝镇", TownKind.TOWN);
    Town a = new Town(TownCode.of("350213001"), XIANGAN, "大嶝街道", TownKind.STREET);
    Town b = new Town(TownCode.of("350213102"), XIANGAN, "马巷镇", TownKind.TOWN);
    port().add(c);
    port().add(a);
    port().add(b);

    assertThat(port().all(XIANGAN)).containsExactly(a, b, c);
  }

  @Test
  void aCodeAlreadyPresentIsADuplicate() {
    port().add(world.townA);
    Town again = new Town(world.townA.code(), XIANGAN, "另一个名字", TownKind.TOWN);

    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(again));
    assertSameRecord(port().byCode(XIANGAN, world.townA.code()).orElseThrow(), world.townA);
    assertThat(port().all(XIANGAN)).hasSize(1);
  }

  @Test
  void anotherDistrictsTownsAreNeverReturned() {
    port().add(world.townA);
    port().add(world.townHuli);

    assertThat(port().byCode(XIANGAN, world.townHuli.code())).isEmpty();
    assertThat(port().byCode(HULI, world.townA.code())).isEmpty();
    assertThat(port().all(XIANGAN)).containsExactly(world.townA);
    assertThat(port().all(HULI)).containsExactly(world.townHuli);
  }
}
