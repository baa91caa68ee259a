package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.organization.SchoolId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ScreeningCampaigns}: campaigns read back unchanged, per school and per district, newest
 * window first; an id is used once; a school has one campaign per term and scale; districts are apart.
 */
public abstract class ScreeningCampaignsContract extends PortContract<ScreeningCampaigns> {

  protected abstract ScreeningCampaigns screeningCampaigns();

  @Override
  final ScreeningCampaigns newPort() {
    return screeningCampaigns();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsAndSchools());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  /** A campaign of {@code school} in {@code term} opening on {@code opens}, two weeks long. */
  public static ScreeningCampaign campaign(ContractWorld world, SchoolId school, String term, LocalDate opens) {
    return ScreeningCampaign.create(ScreeningCampaignId.newId(), XIANGAN, school, Term.of(term), "PHQ9", opens,
        opens.plusDays(14), world.userA.id(), NOW);
  }

  @Test
  void campaignsReadBackNewestFirst() {
    ScreeningCampaign autumn = campaign(world, world.schoolA.id(), "2025-2026-1", LocalDate.of(2025, 10, 8));
    ScreeningCampaign spring = campaign(world, world.schoolA.id(), "2025-2026-2", LocalDate.of(2026, 3, 2));
    ScreeningCampaign other = campaign(world, world.schoolB.id(), "2025-2026-2", LocalDate.of(2026, 3, 1));
    port().add(autumn);
    port().add(spring);
    port().add(other);

    assertSameRecord(port().byId(XIANGAN, spring.id()).orElseThrow(), spring);
    assertThat(port().byId(HULI, spring.id())).isEmpty();
    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).extracting(ScreeningCampaign::id)
        .containsExactly(spring.id(), autumn.id());
    assertThat(port().all(XIANGAN)).extracting(ScreeningCampaign::id)
        .containsExactly(spring.id(), other.id(), autumn.id());
    assertThat(port().all(HULI)).isEmpty();
  }

  @Test
  void oneCampaignPerSchoolTermAndScale_anIdIsUsedOnce() {
    ScreeningCampaign c = campaign(world, world.schoolA.id(), "2025-2026-2", LocalDate.of(2026, 3, 2));
    port().add(c);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(c));
    assertConflict(ConflictException.Kind.DUPLICATE,
        () -> port().add(campaign(world, world.schoolA.id(), "2025-2026-2", LocalDate.of(2026, 4, 1))));
    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).hasSize(1);
  }
}
