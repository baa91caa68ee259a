package org.jiaolianti.application.healthvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase.AppointCommand;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase.EndCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.junit.jupiter.api.Test;

/** Health vice-principals (三(二)5) over the in-memory storage on {@link NoticeWorld}'s two schools, 2026-03-02. */
class HealthVicePrincipalServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private final Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.fixed(NoticeWorld.MORNING))
      .activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final Partner hospital = app.register().registerPartner(new RegisterPartnerCommand(NoticeWorld.D,
      PartnerKind.COMMUNITY, "新店社区卫生服务中心", null, "350213001", null));

  private HealthVicePrincipal appoint(String name, LocalDate from, LocalDate to) {
    return app.healthVicePrincipals().appoint(w.actor(w.admin), new AppointCommand(w.schoolA.id().value(), name,
        hospital.id().value(), null, from, to));
  }

  @Test
  void appointEndAndTheReportOfSchoolsWithout() {
    assertThat(app.healthVicePrincipals().schoolsWithout(w.actor(w.admin), TODAY)).extracting(s -> s.id())
        .containsExactly(w.schoolA.id(), w.schoolB.id());
    HealthVicePrincipal h = appoint("林医生", LocalDate.of(2025, 9, 1), null);
    assertThat(h.recordedBy()).isEqualTo(w.admin.id());
    assertThat(app.healthVicePrincipals().schoolsWithout(w.actor(w.admin), TODAY)).extracting(s -> s.id())
        .containsExactly(w.schoolB.id());
    RuleViolationException overlap = catchThrowableOfType(RuleViolationException.class,
        () -> appoint("林医生", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
    assertThat(overlap.decision().rule()).isEqualTo("HEALTH_VICE_PRINCIPAL_OVERLAP");

    HealthVicePrincipal ended = app.healthVicePrincipals().end(w.actor(w.admin),
        new EndCommand(h.id().value(), LocalDate.of(2026, 3, 1)));
    assertThat(ended.period().validTo()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(app.healthVicePrincipals().list(w.actor(w.schoolAdminA), null, TODAY)).isEmpty();
    assertThat(app.healthVicePrincipals().list(w.actor(w.schoolAdminA), null, null)).extracting(x -> x.id())
        .containsExactly(h.id());
    assertThatThrownBy(() -> app.healthVicePrincipals().end(w.actor(w.admin),
        new EndCommand(h.id().value(), LocalDate.of(2026, 3, 2)))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void onlyTheDistrictManages_aSchoolReadsItsOwn() {
    appoint("陈医生", LocalDate.of(2025, 9, 1), null);
    assertThatThrownBy(() -> app.healthVicePrincipals().appoint(w.actor(w.schoolAdminA), new AppointCommand(
        w.schoolA.id().value(), "王医生", hospital.id().value(), null, TODAY, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.healthVicePrincipals().list(w.actor(w.schoolAdminA), w.schoolB.id().value(), null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.healthVicePrincipals().list(w.actor(w.teacherA11), null, null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.healthVicePrincipals().list(w.actor(w.guardianZhang), null, null))
        .isInstanceOf(ForbiddenException.class);
    assertThat(app.healthVicePrincipals().schoolsWithout(w.actor(w.schoolAdminA), TODAY)).isEmpty();
  }
}
