package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertId;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.shared.Bilingual;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Alerts}: alerts are added and read back per district and recipient, newest first (the
 * Chinese text, the guardian and the student survive); the unread filter and counts; the first read mark counts;
 * due guardian alerts across districts, earliest first; an outbound outcome keeps a read mark set meanwhile; an id is
 * used once; nothing is deleted.
 */
public abstract class AlertsContract extends PortContract<Alerts> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract Alerts alerts();

  @Override
  final Alerts newPort() {
    return alerts();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  private static final Bilingual TEXT = Bilingual.of("转介进展：请联系" + RARE + "老师", "referral step: call the school");

  private Alert toStaff(Instant at) {
    return Alert.toUser(AlertId.newId(), XIANGAN, world.userA.id(), AlertKind.BREAK_GLASS_OPENED, "BREAK_GLASS",
        AlertId.newId().value(), TEXT, at);
  }

  private Alert toGuardian(Instant at, boolean withAccount) {
    return Alert.toGuardian(AlertId.newId(), XIANGAN, world.guardian.id(), withAccount ? world.userB.id() : null,
        school.student.id(), AlertKind.REFERRAL_STEP, "REFERRAL", AlertId.newId().value(), TEXT, at);
  }

  @Test
  void alertsReadBackNewestFirstPerRecipient_withTheUnreadFilter() {
    Alert older = toStaff(NOW);
    Alert newer = toStaff(NOW.plusSeconds(60));
    Alert guardian = toGuardian(NOW.plusSeconds(30), true);
    port().add(older);
    port().add(newer);
    port().add(guardian);
    assertThat(port().ofRecipient(XIANGAN, world.userA.id(), false, 0, 10)).extracting(Alert::id)
        .containsExactly(newer.id(), older.id());
    assertThat(port().ofRecipient(XIANGAN, world.userA.id(), false, 1, 10)).extracting(Alert::id)
        .containsExactly(older.id());
    assertThat(port().countOfRecipient(XIANGAN, world.userA.id(), false)).isEqualTo(2);
    assertSameRecord(port().byId(XIANGAN, guardian.id()).orElseThrow(), guardian);
    assertSameRecord(port().ofRecipient(XIANGAN, world.userB.id(), false, 0, 10).get(0), guardian);
    assertThat(port().byId(HULI, older.id())).isEmpty();
    assertThat(port().ofRecipient(HULI, world.userA.id(), false, 0, 10)).isEmpty();

    port().markRead(XIANGAN, newer.id(), NOW.plusSeconds(90));
    port().markRead(XIANGAN, newer.id(), NOW.plusSeconds(120));
    assertThat(port().byId(XIANGAN, newer.id()).orElseThrow().readAt()).isEqualTo(NOW.plusSeconds(90));
    assertThat(port().ofRecipient(XIANGAN, world.userA.id(), true, 0, 10)).extracting(Alert::id)
        .containsExactly(older.id());
    assertThat(port().countOfRecipient(XIANGAN, world.userA.id(), true)).isEqualTo(1);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(older));
  }

  @Test
  void dueGuardianAlertsEarliestFirst_theOutboundOutcomeKeepsTheReadMark() {
    Alert later = toGuardian(NOW.plusSeconds(60), false);
    Alert earlier = toGuardian(NOW, true);
    port().add(later);
    port().add(earlier);
    port().add(toStaff(NOW));
    assertThat(port().dueOutbound(NOW.plusSeconds(60), 10)).extracting(Alert::id)
        .containsExactly(earlier.id(), later.id());
    assertThat(port().dueOutbound(NOW.plusSeconds(59), 10)).extracting(Alert::id).containsExactly(earlier.id());
    assertThat(port().dueOutbound(NOW.plusSeconds(60), 1)).extracting(Alert::id).containsExactly(earlier.id());

    port().markRead(XIANGAN, earlier.id(), NOW.plusSeconds(5));
    Alert failed = earlier.failed(NOW.plusSeconds(120), "网关超时 gateway timeout");
    port().recordOutbound(failed);
    Alert read = port().byId(XIANGAN, earlier.id()).orElseThrow();
    assertThat(read.attempts()).isEqualTo(1);
    assertThat(read.lastError()).isEqualTo("网关超时 gateway timeout");
    assertThat(read.readAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(port().dueOutbound(NOW.plusSeconds(60), 10)).extracting(Alert::id).containsExactly(later.id());

    port().recordOutbound(read.sent(NOW.plusSeconds(130)));
    assertThat(port().byId(XIANGAN, earlier.id()).orElseThrow().sentAt()).isEqualTo(NOW.plusSeconds(130));
    assertThat(port().dueOutbound(NOW.plusSeconds(3600), 10)).extracting(Alert::id).containsExactly(later.id());
  }

  @Test
  void thePortAddsReadsAndMarks_nothingIsDeleted() {
    assertThat(Arrays.stream(Alerts.class.getMethods()).map(Method::getName)).containsExactlyInAnyOrder("add",
        "byId", "ofRecipient", "countOfRecipient", "markRead", "dueOutbound", "recordOutbound");
  }
}
