package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.people.Student;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MentalHealthFiles}: files are added and read back per district, by id, student and school
 * (opening order), with categories, the whole level history (notes as given, e.g. sealed, Chinese included) and
 * marks; one file per student; an update bumps the version, appends the new level changes and replaces categories,
 * marks and the counsellor; a stale version is a conflict; nothing is deleted.
 */
public abstract class MentalHealthFilesContract extends PortContract<MentalHealthFiles> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract MentalHealthFiles mentalHealthFiles();

  @Override
  final MentalHealthFiles newPort() {
    return mentalHealthFiles();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  MentalHealthFile file(Student student, java.time.Instant at) {
    return MentalHealthFile.open(MentalHealthFileId.newId(), XIANGAN, world.schoolA.id(), student.id(),
        FileTrigger.SCREENING, "ATTENTION", Set.of("STUDY_PRESSURE", "FAMILY"), world.userA.id(), world.userA.id(),
        at, "fc1:k1:普测提示" + RARE);
  }

  @Test
  void filesReadBackWithTheirChildRowsPerDistrict() {
    MentalHealthFile older = file(school.student, NOW);
    MentalHealthFile newer = file(school.other, NOW.plusSeconds(60))
        .marked(CareMark.LEFT_BEHIND, "fc1:k1:关爱计划", world.userA.id(), NOW.plusSeconds(61));
    port().add(newer);
    port().add(older);
    assertThat(port().all(XIANGAN)).extracting(MentalHealthFile::id).containsExactly(older.id(), newer.id());
    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).hasSize(2);
    assertThat(port().ofSchool(XIANGAN, world.schoolB.id())).isEmpty();
    assertSameRecord(port().byId(XIANGAN, newer.id()).orElseThrow(), newer);
    assertSameRecord(port().ofStudent(XIANGAN, school.student.id()).orElseThrow(), older);
    assertThat(port().all(HULI)).isEmpty();
    assertThat(port().byId(HULI, older.id())).isEmpty();
  }

  @Test
  void oneFilePerStudent() {
    port().add(file(school.student, NOW));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(file(school.student, NOW.plusSeconds(5))));
    assertThat(port().all(XIANGAN)).hasSize(1);
  }

  @Test
  void anUpdateAppendsTheHistoryAndReplacesTheRest_aStaleVersionIsAConflict() {
    MentalHealthFile f = file(school.student, NOW).marked(CareMark.MIGRANT, "fc1:k1:计划", world.userA.id(), NOW);
    port().add(f);
    MentalHealthFile changed = f.withLevel("KEY_ATTENTION", world.userA.id(), NOW.plusSeconds(10), "fc1:k1:原因")
        .withCategories(Set.of("EMOTION")).unmarked(CareMark.MIGRANT)
        .marked(CareMark.IN_DIFFICULTY, "fc1:k1:帮扶", world.userA.id(), NOW.plusSeconds(10))
        .withCounsellor(world.userB.id());
    MentalHealthFile stored = port().update(changed);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.levelHistory()).hasSize(2);
    assertSameRecord(port().byId(XIANGAN, f.id()).orElseThrow(), stored);
    assertThat(stored.categories()).containsExactly("EMOTION");
    assertThat(stored.marks()).extracting(m -> m.mark()).containsExactly(CareMark.IN_DIFFICULTY);
    assertThat(stored.counsellor()).isEqualTo(world.userB.id());
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(changed));
    MentalHealthFile again = port().update(stored.withLevel("CRISIS", world.userA.id(), NOW.plusSeconds(20),
        "fc1:k1:再次"));
    assertThat(again.levelHistory()).extracting(c -> c.to()).containsExactly("ATTENTION", "KEY_ATTENTION", "CRISIS");
    assertThat(again.version()).isEqualTo(2);
  }

  @Test
  void thePortAddsReadsAndUpdates_nothingIsDeleted() {
    assertThat(Arrays.stream(MentalHealthFiles.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofStudent", "ofSchool", "all", "update");
    assertThatThrownBy(() -> port().update(file(school.student, NOW)))
        .isInstanceOf(org.jiaolianti.application.shared.NotFoundException.class);
  }
}
