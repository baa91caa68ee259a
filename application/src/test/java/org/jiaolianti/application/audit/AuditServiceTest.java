package org.jiaolianti.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Safeguards;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.port.in.AuditUseCase.PurgeCommand;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.application.inmemory.InMemoryAuditTrail;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditRetention;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.audit.ChainVerification;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The audit use cases on the in-memory storage: AUDITOR only, verify, purge with the retention floor. */
class AuditServiceTest {

  private final Scenario scenario = new Scenario();
  private final Jiaolianti app = scenario.app;

  private Actor actor(String username, Role role) {
    var user = app.users().register(new RegisterUserCommand(XIANGAN.value(), username, username + " 用户", null));
    app.users().assign(new AssignRoleCommand(XIANGAN.value(), user.id().value(), role, ScopeType.DISTRICT, null,
        ISSUED, null));
    return app.access().actor(username);
  }

  private void someAccesses(Actor who, int n) {
    for (int i = 0; i < n; i++) {
      app.audit().record(who, new AuditSubject("HOME_VISIT", "visit-" + i), AuditAction.READ, "FOLLOW_UP",
          AuditOutcome.ALLOWED);
    }
  }

  @Test
  void anAuditorListsNewestFirstAndTheListingIsItselfAudited() {
    Actor auditor = actor("xa.auditor", Role.AUDITOR);
    Actor admin = actor("xa.admin", Role.DISTRICT_ADMIN);
    someAccesses(admin, 3);

    var page = app.auditTrail().list(auditor, new AuditFilter("HOME_VISIT", null, null, null, null), 0, 10);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(e -> e.entry().subject().id()).containsExactly("visit-2", "visit-1",
        "visit-0");
    AuditEvent first = page.items().get(2);
    assertThat(first.entry().actorUsername()).isEqualTo("xa.admin");
    assertThat(first.entry().role()).isEqualTo("DISTRICT_ADMIN");
    assertThat(first.entry().scope()).isEqualTo("DISTRICT_ADMIN:DISTRICT");
    AuditEvent listing = app.auditTrail().list(auditor, AuditFilter.ALL, 0, 1).items().get(0);
    assertThat(listing.entry().action()).isEqualTo(AuditAction.LIST);
    assertThat(listing.entry().subject()).isEqualTo(new AuditSubject("AUDIT_TRAIL", XIANGAN.value()));
  }

  @Test
  void anyoneElseIsRefusedAndTheRefusalIsRecorded() {
    Actor admin = actor("xa.admin", Role.DISTRICT_ADMIN);
    Actor auditor = actor("xa.auditor", Role.AUDITOR);

    assertThatThrownBy(() -> app.auditTrail().list(admin, AuditFilter.ALL, 0, 10))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.auditTrail().verify(admin)).isInstanceOf(ForbiddenException.class);

    var denied = app.auditTrail().list(auditor, new AuditFilter(null, null, "xa.admin", null, null), 0, 10);
    assertThat(denied.items()).extracting(e -> e.entry().outcome(), e -> e.entry().action())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditOutcome.DENIED, AuditAction.VERIFY),
            org.assertj.core.groups.Tuple.tuple(AuditOutcome.DENIED, AuditAction.LIST));
  }

  @Test
  void verifyWalksTheWholeChainInPagesAndIsAudited() {
    Actor auditor = actor("xa.auditor", Role.AUDITOR);
    someAccesses(auditor, AuditService.WALK_PAGE + 5);

    ChainVerification result = app.auditTrail().verify(auditor);

    assertThat(result).isEqualTo(ChainVerification.ok(AuditService.WALK_PAGE + 5, AuditService.WALK_PAGE + 5));
    assertThat(app.auditTrail().verify(auditor).checked()).isEqualTo(AuditService.WALK_PAGE + 6);
    assertThat(app.auditTrail().verifyAsSystem(XIANGAN).ok()).isTrue();
  }

  @Test
  void verifyReportsTheFirstChangedAndTheMissingRows() {
    InMemoryAuditTrail real = new InMemoryAuditTrail();
    Tampering tampering = new Tampering(real);
    Scenario s = new Scenario();
    Storage storage = s.storage.with(AuditTrail.class, tampering);
    Jiaolianti tampered = new Jiaolianti(storage, s.clock);
    var user = tampered.users().register(new RegisterUserCommand(XIANGAN.value(), "xa.auditor", "审计员", null));
    tampered.users().assign(new AssignRoleCommand(XIANGAN.value(), user.id().value(), Role.AUDITOR,
        ScopeType.DISTRICT, null, ISSUED, null));
    Actor auditor = tampered.access().actor("xa.auditor");
    for (int i = 0; i < 5; i++) {
      tampered.audit().record(auditor, new AuditSubject("STUDENT", "s" + i), AuditAction.READ, "P",
          AuditOutcome.ALLOWED);
    }

    tampering.changePurposeOf = 3;
    ChainVerification changed = tampered.auditTrail().verifyAsSystem(XIANGAN);
    assertThat(changed.ok()).isFalse();
    assertThat(changed.brokenSequence()).isEqualTo(3);
    assertThat(changed.checked()).isEqualTo(2);
    assertThat(changed.reason()).contains("does not match its hash");

    tampering.changePurposeOf = 0;
    tampering.hide = 4;
    ChainVerification missing = tampered.auditTrail().verifyAsSystem(XIANGAN);
    assertThat(missing.brokenSequence()).isEqualTo(4);
    assertThat(missing.reason()).contains("missing");

    long head = real.headSequence(XIANGAN);
    tampering.hide = head;
    ChainVerification lastMissing = tampered.auditTrail().verifyAsSystem(XIANGAN);
    assertThat(lastMissing.ok()).isFalse();
    assertThat(lastMissing.brokenSequence()).isEqualTo(head);
  }

  @Test
  void purgeRefusesInsideTheRetentionAndKeepsYoungerEvents() {
    Actor auditor = actor("xa.auditor", Role.AUDITOR);
    someAccesses(auditor, 3);
    scenario.today(LocalDate.of(2026, 6, 10));
    Actor june = app.access().actor("xa.auditor");
    someAccesses(june, 2);

    assertThatThrownBy(() -> app.auditTrail().purge(june, new PurgeCommand(LocalDate.of(2026, 1, 1), "年度清理")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("6");
    Optional<AuditCheckpoint> none = app.auditTrail().purge(june,
        new PurgeCommand(LocalDate.of(2025, 11, 1), "年度清理"));
    assertThat(none).isEmpty();

    scenario.today(LocalDate.of(2026, 7, 1));
    Actor july = app.access().actor("xa.auditor");
    AuditCheckpoint checkpoint = app.auditTrail().purge(july,
        new PurgeCommand(LocalDate.of(2025, 12, 31), "年度清理")).orElseThrow();

    assertThat(checkpoint.purgedCount()).isEqualTo(3);
    AuditEvent purge = app.auditTrail().list(july, AuditFilter.ALL, 0, 2).items().get(0);
    assertThat(purge.entry().action()).isEqualTo(AuditAction.PURGE);
    assertThat(purge.entry().purpose()).contains("2025-12-31").contains("年度清理");
    long head = scenario.storage.auditTrail().headSequence(XIANGAN);
    ChainVerification result = app.auditTrail().verify(july);
    assertThat(result).isEqualTo(ChainVerification.ok(head - 3, head));
  }

  @Test
  void theSystemPurgeChecksTheRetentionByTheClock_andIsRecordedAsSystem() {
    Actor auditor = actor("xa.auditor", Role.AUDITOR);
    someAccesses(auditor, 3);
    scenario.today(LocalDate.of(2026, 6, 10));
    assertThatThrownBy(() -> app.auditTrail().purgeAsSystem(XIANGAN,
        new PurgeCommand(LocalDate.of(2026, 1, 1), "年度清理"))).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> app.auditTrail().purgeAsSystem(XIANGAN, new PurgeCommand(LocalDate.of(2025, 1, 1),
        " "))).isInstanceOf(org.jiaolianti.application.shared.InvalidInputException.class);

    scenario.today(LocalDate.of(2026, 7, 1));
    AuditCheckpoint checkpoint = app.auditTrail().purgeAsSystem(XIANGAN,
        new PurgeCommand(LocalDate.of(2025, 12, 31), "运维清理")).orElseThrow();
    assertThat(checkpoint.purgedCount()).isEqualTo(3);
    assertThat(app.auditTrail().purgeAsSystem(XIANGAN, new PurgeCommand(LocalDate.of(2025, 12, 31), "再次")))
        .isEmpty();
    Actor july = app.access().actor("xa.auditor");
    List<AuditEvent> newest = app.auditTrail().list(july, AuditFilter.ALL, 0, 2).items();
    assertThat(newest).allSatisfy(e -> {
      assertThat(e.entry().action()).isEqualTo(AuditAction.PURGE);
      assertThat(e.entry().actorUsername()).isEqualTo("system");
    });
    assertThat(newest.get(0).entry().purpose()).isEqualTo("AUDIT_RETENTION:2025-12-31:再次");
    assertThat(newest.get(1).entry().purpose()).isEqualTo("AUDIT_RETENTION:2025-12-31:运维清理");
    assertThat(app.auditTrail().verify(july).ok()).isTrue();
  }

  @Test
  void aLongerRetentionIsConfigurableAShorterOneIsNot() {
    assertThatThrownBy(() -> new AuditRetention(5)).isInstanceOf(IllegalArgumentException.class);
    AuditRetention year = new AuditRetention(12);
    assertThat(year.mayPurge(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 1)).isAllowed()).isFalse();
    assertThat(year.mayPurge(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1)).isAllowed()).isTrue();
    Scenario s = new Scenario();
    Jiaolianti yearly = new Jiaolianti(s.storage, s.clock, NoticeChannel.IN_APP_ONLY,
        new Safeguards(year, new FieldCipher(FieldCipher.Key.generate("k1"))));
    assertThat(yearly.auditTrail()).isNotNull();
  }

  /** A trail whose reads show a changed or a removed row, as a database administrator's tampering would. */
  private static final class Tampering implements AuditTrail {
    private final AuditTrail real;
    long changePurposeOf;
    long hide;

    Tampering(AuditTrail real) {
      this.real = real;
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
      return real.append(entry);
    }

    @Override
    public List<AuditEvent> find(DistrictCode d, AuditFilter f, int offset, int limit) {
      return real.find(d, f, offset, limit);
    }

    @Override
    public long count(DistrictCode d, AuditFilter f) {
      return real.count(d, f);
    }

    @Override
    public List<AuditEvent> walk(DistrictCode d, long after, int limit) {
      return real.walk(d, after, limit).stream().filter(e -> e.sequence() != hide).map(e -> {
        if (e.sequence() != changePurposeOf) {
          return e;
        }
        AuditEntry x = e.entry();
        return new AuditEvent(e.sequence(), new AuditEntry(x.district(), x.at(), x.actorUsername(), x.actorUserId(),
            x.role(), x.scope(), x.subject(), x.action(), "changed", x.outcome()), e.previousHash(), e.hash());
      }).toList();
    }

    @Override
    public long headSequence(DistrictCode d) {
      return real.headSequence(d);
    }

    @Override
    public Optional<AuditCheckpoint> checkpoint(DistrictCode d) {
      return real.checkpoint(d);
    }

    @Override
    public Optional<AuditCheckpoint> purge(DistrictCode d, Instant before, Instant now) {
      return real.purge(d, before, now);
    }
  }
}
