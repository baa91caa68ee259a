package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.CounsellorPostId;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.mentalhealth.TrainingRecordId;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CounsellorTeam}: posts are added and read back per district by first day (an open end,
 * the kind and the lead mark survive); updating the end or the lead bumps the version; a stale version is a
 * conflict; training records are read back per counsellor by day with their hours and topics; nothing is deleted.
 */
public abstract class CounsellorTeamContract extends PortContract<CounsellorTeam> {

  protected abstract CounsellorTeam counsellorTeam();

  @Override
  final CounsellorTeam newPort() {
    return counsellorTeam();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsSchoolsAndPartners());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  private CounsellorPost post(PostKind kind, boolean lead, LocalDate from, LocalDate to) {
    return CounsellorPost.create(CounsellorPostId.newId(), XIANGAN, world.schoolA.id(), world.userA.id(), kind, lead,
        DateRange.of(from, to));
  }

  @Test
  void postsReadBackByFirstDayPerDistrict() {
    CounsellorPost later = post(PostKind.FULL_TIME, true, LocalDate.of(2025, 9, 1), null);
    CounsellorPost earlier = post(PostKind.PART_TIME, false, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 31));
    port().addPost(later);
    port().addPost(earlier);
    List<CounsellorPost> read = port().posts(XIANGAN);
    assertThat(read).extracting(CounsellorPost::id).containsExactly(earlier.id(), later.id());
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(port().posts(HULI)).isEmpty();
    assertThat(port().postById(HULI, later.id())).isEmpty();
    assertThat(port().postById(XIANGAN, later.id())).hasValueSatisfying(p -> assertSameRecord(p, later));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addPost(later));
  }

  @Test
  void updatingEndAndLeadBumpsTheVersion_aStaleVersionIsAConflict() {
    CounsellorPost p = post(PostKind.FULL_TIME, false, LocalDate.of(2025, 9, 1), null);
    port().addPost(p);
    CounsellorPost lead = port().updatePost(new CounsellorPost(p.id(), p.district(), p.school(), p.counsellor(),
        p.kind(), true, p.period(), p.version()));
    assertThat(lead.version()).isEqualTo(1);
    assertThat(lead.lead()).isTrue();
    CounsellorPost ended = port().updatePost(lead.endingOn(LocalDate.of(2026, 1, 31)));
    assertThat(ended.version()).isEqualTo(2);
    assertThat(ended.period().validTo()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(ended.lead()).isTrue();
    assertSameRecord(port().postById(XIANGAN, p.id()).orElseThrow(), ended);
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().updatePost(p.endingOn(LocalDate.of(2026, 2, 1))));
  }

  @Test
  void trainingsReadBackPerCounsellorByDay() {
    TrainingRecord second = new TrainingRecord(TrainingRecordId.newId(), XIANGAN, world.userA.id(),
        LocalDate.of(2025, 11, 2), new BigDecimal("200"), List.of("危机干预" + RARE), world.userB.id(), NOW);
    TrainingRecord first = new TrainingRecord(TrainingRecordId.newId(), XIANGAN, world.userA.id(),
        LocalDate.of(2025, 10, 1), new BigDecimal("0.5"), List.of("沙盘", "团体辅导"), world.userA.id(),
        NOW.plusSeconds(5));
    port().addTraining(second);
    port().addTraining(first);
    List<TrainingRecord> read = port().trainings(XIANGAN, world.userA.id());
    assertThat(read).extracting(TrainingRecord::id).containsExactly(first.id(), second.id());
    assertSameRecord(read.get(0), first);
    assertSameRecord(read.get(1), second);
    assertThat(port().trainings(XIANGAN, world.userB.id())).isEmpty();
    assertThat(port().trainings(HULI, world.userA.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addTraining(first));
  }

  @Test
  void thePortAddsReadsAndUpdatesPosts_nothingIsDeleted() {
    assertThat(Arrays.stream(CounsellorTeam.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("addPost", "postById", "posts", "updatePost", "addTraining", "trainings");
  }
}
