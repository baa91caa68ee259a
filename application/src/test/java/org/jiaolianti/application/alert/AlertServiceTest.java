package org.jiaolianti.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.homeschool.NoticeDispatcher;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryHomeSchool.RecordingNoticeChannel;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.alert.Alert;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Alerts to users and guardians, the user's own list, and the outbound dispatch over the in-memory storage. */
class AlertServiceTest {

  private static final DistrictCode D = DistrictCode.of(NoticeWorld.D);
  private static final Bilingual TEXT = Bilingual.of("转介已受理，请联系班主任", "the referral was accepted; call the class teacher");

  /** Fails the first {@code failures} hand-overs, then records like {@link RecordingNoticeChannel}. */
  private static final class FlakyChannel implements NoticeChannel {
    private int failures;
    final RecordingNoticeChannel recorded = new RecordingNoticeChannel();
    final List<Message> attempts = new ArrayList<>();

    FlakyChannel(int failures) {
      this.failures = failures;
    }

    @Override
    public void send(Message message) {
      attempts.add(message);
      if (failures-- > 0) {
        throw new IllegalStateException("gateway down");
      }
      recorded.send(message);
    }
  }

  private final Storage storage = InMemoryStorage.create();
  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final FlakyChannel channel = new FlakyChannel(0);
  private final Jiaolianti app = new Jiaolianti(storage, clock, channel).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);

  @Test
  void aStaffAlertIsTheRecipientsOwn_anotherUsersIdIsNotFound() {
    app.alerting().alertUser(D, w.teacherA11.id(), AlertKind.FOLLOW_UP_OVERDUE, "CARE_PLAN", "plan-1", TEXT);
    List<Alert> mine = app.alerts().mine(w.actor(w.teacherA11), false, 0, 25).items();
    assertThat(mine).singleElement().satisfies(a -> {
      assertThat(a.recipient()).isEqualTo(w.teacherA11.id());
      assertThat(a.text()).isEqualTo(TEXT);
      assertThat(a.createdAt()).isEqualTo(NoticeWorld.MORNING);
      assertThat(a.outboundPending()).isFalse();
    });
    String id = mine.get(0).id().value();
    assertThat(app.alerts().mine(w.actor(w.teacherA12), false, 0, 25).total()).isZero();
    assertThatThrownBy(() -> app.alerts().markRead(w.actor(w.teacherA12), id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.alerts().markRead(w.actor(w.teacherA11), "no such id!"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void markingReadCountsOnce_theUnreadFilterDropsIt() {
    app.alerting().alertUser(D, w.teacherA11.id(), AlertKind.FOLLOW_UP_OVERDUE, "CARE_PLAN", "plan-1", TEXT);
    clock.set(NoticeWorld.MORNING.plusSeconds(60));
    app.alerting().alertUser(D, w.teacherA11.id(), AlertKind.FOLLOW_UP_OVERDUE, "CARE_PLAN", "plan-2", TEXT);
    List<Alert> mine = app.alerts().mine(w.actor(w.teacherA11), false, 0, 25).items();
    assertThat(mine).extracting(Alert::subjectId).containsExactly("plan-2", "plan-1");
    clock.set(NoticeWorld.MORNING.plusSeconds(120));
    Alert read = app.alerts().markRead(w.actor(w.teacherA11), mine.get(0).id().value());
    assertThat(read.readAt()).isEqualTo(NoticeWorld.MORNING.plusSeconds(120));
    clock.set(NoticeWorld.MORNING.plusSeconds(180));
    assertThat(app.alerts().markRead(w.actor(w.teacherA11), mine.get(0).id().value()).readAt())
        .isEqualTo(NoticeWorld.MORNING.plusSeconds(120));
    var unread = app.alerts().mine(w.actor(w.teacherA11), true, 0, 25);
    assertThat(unread.items()).extracting(Alert::subjectId).containsExactly("plan-1");
    assertThat(unread.total()).isEqualTo(1);
  }

  @Test
  void everyGuardianOfTheStudentIsAlerted_inTheAppOnlyWithAnAccount_andOutboundOnce() {
    // 李华华 has two guardians: 李母 (account li.mu) and 李父 (no account)
    app.alerting().alertGuardiansOf(D, w.liHuahua.id(), AlertKind.REFERRAL_STEP, "REFERRAL", "ref-1", TEXT);
    assertThat(app.alerts().mine(w.actor(w.guardianLi), false, 0, 25).items()).singleElement()
        .satisfies(a -> assertThat(a.guardian()).isEqualTo(w.liMu.id()));
    assertThat(app.alerts().mine(w.actor(w.guardianZhang), false, 0, 25).total()).isZero();
    List<Alert> due = storage.alerts().dueOutbound(clock.now(), 100);
    assertThat(due).extracting(Alert::guardian).containsExactlyInAnyOrder(w.liMu.id(), w.liFu.id());

    assertThat(app.alertDispatcher().dispatchDue(100)).isEqualTo(2);
    assertThat(channel.recorded.sent()).hasSize(2).allSatisfy(m -> {
      assertThat(m.kind()).isEqualTo(NoticeDelivery.Kind.ALERT);
      assertThat(m.text()).isEqualTo(TEXT.zh());
      assertThat(m.title()).contains(AlertKind.REFERRAL_STEP.label().zh());
      assertThat(m.students()).containsExactly(w.liHuahua.maskedName());
      assertThat(m.urgent()).isFalse();
    });
    assertThat(channel.recorded.sent()).extracting(NoticeChannel.Message::deliveryId)
        .containsExactlyInAnyOrderElementsOf(due.stream().map(Alert::deliveryId).toList());
    assertThat(channel.recorded.sent()).extracting(NoticeChannel.Message::mobile)
        .containsExactlyInAnyOrder(w.liMu.mobile(), w.liFu.mobile());
    assertThat(app.alertDispatcher().dispatchDue(100)).isZero();
    assertThat(storage.alerts().dueOutbound(clock.now().plus(Duration.ofDays(1)), 100)).isEmpty();
  }

  @Test
  void aFailedSendIsRetriedAfterTheBackoff_withTheSameDeliveryId() {
    FlakyChannel flaky = new FlakyChannel(1);
    Storage s = InMemoryStorage.create();
    Jiaolianti app2 = new Jiaolianti(s, clock, flaky).activate(TestPolicies.xiangan());
    NoticeWorld w2 = new NoticeWorld(app2);
    app2.alerting().alertGuardiansOf(D, w2.zhangXiaoming.id(), AlertKind.REFERRAL_EMERGENCY, "REFERRAL", "ref-9",
        TEXT);
    assertThat(app2.alertDispatcher().dispatchDue(100)).isZero();
    Alert failed = s.alerts().dueOutbound(clock.now().plus(Duration.ofDays(1)), 10).get(0);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("gateway down");
    assertThat(failed.nextAttemptAt()).isEqualTo(NoticeWorld.MORNING.plus(NoticeDispatcher.backoff(1)));
    assertThat(app2.alertDispatcher().dispatchDue(100)).isZero(); // not yet due
    clock.set(failed.nextAttemptAt());
    assertThat(app2.alertDispatcher().dispatchDue(100)).isEqualTo(1);
    assertThat(flaky.attempts).extracting(NoticeChannel.Message::deliveryId)
        .containsExactly(failed.deliveryId(), failed.deliveryId());
    assertThat(flaky.recorded.sent()).singleElement().satisfies(m -> assertThat(m.urgent()).isTrue());
  }
}
