package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Schools}: schools of each district, unique by 学校标识码 within a district,
 * listed by code, updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #schools()}
 * to return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the
 * towns to exist first. The application test-jar ships it.
 */
public abstract class SchoolsContract extends PortContract<Schools> {

  /** A fresh port that holds no school. */
  protected abstract Schools schools();

  @Override
  final Schools newPort() {
    return schools();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.towns();
  }

  @Test
  void anAddedSchoolReadsBackEqualByIdAndByCode() {
    School school = world.schoolA;
    port().add(school);

    School read = port().byId(XIANGAN, school.id()).orElseThrow();
    assertSameRecord(read, school);
    assertThat(read.name()).isEqualTo("翔安区" + RARE + "祥小学");
    assertSameRecord(port().byCode(XIANGAN, school.code()).orElseThrow(), school);
    assertThat(port().byId(XIANGAN, SchoolId.newId())).isEmpty();
    assertThat(port().byCode(XIANGAN, "3502139999")).isEmpty();
  }

  @Test
  void allListsTheDistrictsSchoolsByCode() {
    port().add(world.kindergarten);
    port().add(world.schoolA);
    port().add(world.schoolB);

    assertThat(port().all(XIANGAN)).extracting(School::code).containsExactly("3502130001", "3502130002", "3502130003");
  }

  @Test
  void aCodeAlreadyPresentInTheDistrictIsADuplicate() {
    port().add(world.schoolA);
    School sameCode = School.register(SchoolId.newId(), XIANGAN, world.schoolA.code(), "另一所学校", SchoolType.PRIMARY,
        world.townB.code(), LocalDate.of(2020, 9, 1));

    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(sameCode));
    assertThat(port().byId(XIANGAN, sameCode.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(School::id).containsExactly(world.schoolA.id());
  }

  @Test
  void theSameCodeInAnotherDistrictIsNoDuplicate() {
    port().add(world.schoolA);
    School huliWithSameCode = School.register(SchoolId.newId(), HULI, world.schoolA.code(), "湖里学校", SchoolType.PRIMARY,
        world.townHuli.code(), LocalDate.of(2020, 9, 1));
    port().add(huliWithSameCode);

    assertSameRecord(port().byCode(HULI, world.schoolA.code()).orElseThrow(), huliWithSameCode);
    assertSameRecord(port().byCode(XIANGAN, world.schoolA.code()).orElseThrow(), world.schoolA);
  }

  @Test
  void anUpdateWithTheStoredVersionStoresTheNextVersion() {
    port().add(world.schoolA);
    School stored = port().byId(XIANGAN, world.schoolA.id()).orElseThrow();

    School updated = port().update(stored.closedOn(LocalDate.of(2026, 7, 1)));

    assertThat(updated.version()).isEqualTo(stored.version() + 1);
    assertThat(updated.closedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertSameRecord(port().byId(XIANGAN, stored.id()).orElseThrow(), updated);
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    port().add(world.schoolA);
    School stale = port().byId(XIANGAN, world.schoolA.id()).orElseThrow();
    School updated = port().update(stale.closedOn(LocalDate.of(2026, 7, 1)));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(stale.closedOn(LocalDate.of(2027, 1, 1))));
    assertSameRecord(port().byId(XIANGAN, stale.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsSchoolsAreNeverReturned() {
    port().add(world.schoolA);
    port().add(world.schoolHuli);

    assertThat(port().byId(XIANGAN, world.schoolHuli.id())).isEmpty();
    assertThat(port().byCode(XIANGAN, world.schoolHuli.code())).isEmpty();
    assertThat(port().byId(HULI, world.schoolA.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(School::id).containsExactly(world.schoolA.id());
    assertThat(port().all(HULI)).extracting(School::id).containsExactly(world.schoolHuli.id());
  }
}
