package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiaolianti.application.screening.port.out.ScreeningResults;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.mentalhealth.ScreeningResultId;
import org.jiaolianti.domain.people.Student;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ScreeningResults}: results read back unchanged (decimal scores by value) by student id;
 * saving a stored id replaces it; a second result of a student in a campaign under another id is a conflict and the
 * whole batch is refused; the latest date per student; districts are apart.
 */
public abstract class ScreeningResultsContract extends PortContract<ScreeningResults> {

  protected final MessagingWorld school = new MessagingWorld(world);
  protected final ScreeningCampaign autumn = ScreeningCampaignsContract.campaign(world, world.schoolA.id(),
      "2025-2026-1", LocalDate.of(2025, 10, 8));
  protected final ScreeningCampaign spring = ScreeningCampaignsContract.campaign(world, world.schoolA.id(),
      "2025-2026-2", LocalDate.of(2026, 3, 2));

  protected abstract ScreeningResults screeningResults();

  @Override
  final ScreeningResults newPort() {
    return screeningResults();
  }

  /** The school's students, then the two campaigns (stored with the campaigns port). */
  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(MessagingWorld.referenced(world, school));
    all.add(autumn);
    all.add(spring);
    return all;
  }

  private ScreeningResult result(ScreeningCampaign c, Student s, String score, LocalDate on) {
    return new ScreeningResult(ScreeningResultId.newId(), XIANGAN, c.id(), s.id(), c.scale(), new BigDecimal(score),
        on, world.userA.id(), NOW);
  }

  @Test
  void resultsReadBackByStudent_aStoredIdIsReplaced() {
    ScreeningResult a = result(spring, school.student, "12.5", LocalDate.of(2026, 3, 3));
    ScreeningResult b = result(spring, school.other, "3", LocalDate.of(2026, 3, 4));
    port().save(List.of(a, b));
    List<ScreeningResult> read = port().ofCampaign(XIANGAN, spring.id());
    assertThat(read).hasSize(2);
    ScreeningResult first = a.student().value().compareTo(b.student().value()) < 0 ? a : b;
    assertSameRecord(read.get(0), first);
    assertThat(port().ofCampaign(HULI, spring.id())).isEmpty();
    assertThat(port().ofCampaign(XIANGAN, autumn.id())).isEmpty();

    ScreeningResult corrected = new ScreeningResult(a.id(), XIANGAN, spring.id(), a.student(), a.scale(),
        new BigDecimal("20"), LocalDate.of(2026, 3, 5), world.userB.id(), NOW.plusSeconds(60));
    port().save(List.of(corrected));
    assertThat(port().ofCampaign(XIANGAN, spring.id())).hasSize(2)
        .anySatisfy(r -> assertSameRecord(r, corrected));
  }

  @Test
  void aSecondResultOfAStudentInACampaignIsAConflict_theBatchIsRefused() {
    port().save(List.of(result(spring, school.student, "5", LocalDate.of(2026, 3, 3))));
    ScreeningResult fresh = result(spring, school.other, "6", LocalDate.of(2026, 3, 3));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().save(List.of(fresh,
        result(spring, school.student, "7", LocalDate.of(2026, 3, 4)))));
    assertThat(port().ofCampaign(XIANGAN, spring.id())).extracting(ScreeningResult::student)
        .containsExactly(school.student.id());
  }

  @Test
  void theLatestDatePerStudent() {
    port().save(List.of(result(autumn, school.student, "5", LocalDate.of(2025, 10, 9)),
        result(spring, school.student, "6", LocalDate.of(2026, 3, 3)),
        result(autumn, school.other, "1", LocalDate.of(2025, 10, 10))));
    Map<org.jiaolianti.domain.people.StudentId, LocalDate> last = port().lastTakenOn(XIANGAN,
        List.of(school.student.id(), school.other.id()));
    assertThat(last).containsOnly(Map.entry(school.student.id(), LocalDate.of(2026, 3, 3)),
        Map.entry(school.other.id(), LocalDate.of(2025, 10, 10)));
    assertThat(port().lastTakenOn(XIANGAN, List.of(school.other.id()))).containsOnlyKeys(school.other.id());
    assertThat(port().lastTakenOn(HULI, List.of(school.student.id()))).isEmpty();
    assertThat(port().lastTakenOn(XIANGAN, List.of())).isEmpty();
  }

  @Test
  void theDistrictsResultsTakenInARange_bothEndsIncluded_ofEveryCampaign() {
    ScreeningResult early = result(autumn, school.student, "5", LocalDate.of(2025, 10, 8));
    ScreeningResult onFirst = result(autumn, school.other, "1", LocalDate.of(2025, 10, 9));
    ScreeningResult onLast = result(spring, school.student, "22", LocalDate.of(2026, 3, 3));
    ScreeningResult late = result(spring, school.other, "6", LocalDate.of(2026, 3, 4));
    port().save(List.of(early, onFirst, onLast, late));

    List<ScreeningResult> range = port().takenBetween(XIANGAN, LocalDate.of(2025, 10, 9), LocalDate.of(2026, 3, 3));

    assertThat(range).extracting(ScreeningResult::id).containsExactlyInAnyOrder(onFirst.id(), onLast.id());
    assertThat(range).extracting(r -> r.student().value()).isSorted();
    range.forEach(r -> assertSameRecord(r, r.id().equals(onLast.id()) ? onLast : onFirst));
    assertThat(port().takenBetween(XIANGAN, LocalDate.of(2025, 10, 8), LocalDate.of(2026, 3, 4))).hasSize(4);
    assertThat(port().takenBetween(XIANGAN, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(port().takenBetween(HULI, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
  }
}
