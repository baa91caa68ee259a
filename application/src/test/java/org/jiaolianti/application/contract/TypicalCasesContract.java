package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.milestone.port.out.TypicalCases;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseId;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TypicalCases}: selected typical cases listed by selection date, voided ones
 * kept, updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #typicalCases()}
 * to return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the
 * towns and schools to exist first. The application test-jar ships it.
 */
public abstract class TypicalCasesContract extends PortContract<TypicalCases> {

  /** A fresh port that holds no case. */
  protected abstract TypicalCases typicalCases();

  @Override
  final TypicalCases newPort() {
    return typicalCases();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.townsAndSchools();
  }

  private static TypicalCase fromSchool(DistrictCode district, SchoolId school, String title, LocalDate selectedOn) {
    return new TypicalCase(TypicalCaseId.newId(), district, title, TypicalCaseKind.PRACTICE_CASE,
        Set.of(Collaboration.HOME_SCHOOL), school, null, selectedOn, null, 0);
  }

  @Test
  void casesFromASchoolAndFromAUnitReadBackEqual() {
    TypicalCase fromSchool = new TypicalCase(TypicalCaseId.newId(), XIANGAN, "“" + RARE + "”家校共育实践案例",
        TypicalCaseKind.PRACTICE_CASE, Set.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION),
        world.schoolA.id(), null, LocalDate.of(2026, 3, 1), null, 0);
    TypicalCase fromUnit = new TypicalCase(TypicalCaseId.newId(), XIANGAN, "护学岗微课", TypicalCaseKind.MICRO_LESSON,
        Set.of(Collaboration.POLICE_SCHOOL), null, UnitCode.of("PUBLIC_SECURITY"), LocalDate.of(2026, 4, 1), null, 0);
    port().add(fromSchool);
    port().add(fromUnit);

    TypicalCase read = port().byId(XIANGAN, fromSchool.id()).orElseThrow();
    assertSameRecord(read, fromSchool);
    assertThat(read.title()).isEqualTo("“" + RARE + "”家校共育实践案例");
    assertSameRecord(port().byId(XIANGAN, fromUnit.id()).orElseThrow(), fromUnit);
    assertThat(port().byId(XIANGAN, TypicalCaseId.newId())).isEmpty();
  }

  @Test
  void allListsTheDistrictsCasesBySelectionDateVoidedOnesIncluded() {
    TypicalCase april = fromSchool(XIANGAN, world.schoolA.id(), "四月案例", LocalDate.of(2026, 4, 1));
    TypicalCase january = fromSchool(XIANGAN, world.schoolB.id(), "一月案例", LocalDate.of(2026, 1, 15));
    TypicalCase march = fromSchool(XIANGAN, world.schoolA.id(), "三月案例", LocalDate.of(2026, 3, 1));
    port().add(april);
    port().add(january);
    port().add(march);
    port().update(march.voided(ContractWorld.voiding("重复申报")));

    assertThat(port().all(XIANGAN)).extracting(TypicalCase::id).containsExactly(january.id(), march.id(), april.id());
  }

  @Test
  void aVoidingIsStoredWithTheNextVersion() {
    TypicalCase c = fromSchool(XIANGAN, world.schoolA.id(), "案例", LocalDate.of(2026, 3, 1));
    port().add(c);
    TypicalCase stored = port().byId(XIANGAN, c.id()).orElseThrow();

    TypicalCase voided = port().update(stored.voided(ContractWorld.voiding("不符合遴选条件：" + RARE)));

    assertThat(voided.version()).isEqualTo(stored.version() + 1);
    TypicalCase read = port().byId(XIANGAN, c.id()).orElseThrow();
    assertSameRecord(read, voided);
    assertThat(read.voiding()).isEqualTo(ContractWorld.voiding("不符合遴选条件：" + RARE));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    TypicalCase c = fromSchool(XIANGAN, world.schoolA.id(), "案例", LocalDate.of(2026, 3, 1));
    port().add(c);
    TypicalCase stale = port().byId(XIANGAN, c.id()).orElseThrow();
    TypicalCase updated = port().update(stale.voided(ContractWorld.voiding("第一次")));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(stale.voided(ContractWorld.voiding("第二次"))));
    assertSameRecord(port().byId(XIANGAN, c.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsCasesAreNeverReturned() {
    TypicalCase xiangan = fromSchool(XIANGAN, world.schoolA.id(), "翔安案例", LocalDate.of(2026, 3, 1));
    TypicalCase huli = fromSchool(HULI, world.schoolHuli.id(), "湖里案例", LocalDate.of(2026, 3, 1));
    port().add(xiangan);
    port().add(huli);

    assertThat(port().byId(XIANGAN, huli.id())).isEmpty();
    assertThat(port().byId(HULI, xiangan.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(TypicalCase::id).containsExactly(xiangan.id());
    assertThat(port().all(HULI)).extracting(TypicalCase::id).containsExactly(huli.id());
  }
}
