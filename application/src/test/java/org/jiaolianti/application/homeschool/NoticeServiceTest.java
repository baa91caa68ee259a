package org.jiaolianti.application.homeschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.homeschool.port.in.AnswerNoticeUseCase.SignNoticeCommand;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries.NoticeStatistics;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries.Outstanding;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.PublishNoticeCommand;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.RemindCommand;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryHomeSchool.RecordingNoticeChannel;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.CrashingNoticeOutbox;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.homeschool.NoticeRules;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.SchoolClass;
import org.junit.jupiter.api.Test;

class NoticeServiceTest {

  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Storage storage = InMemoryStorage.create();
  private final RecordingNoticeChannel channel = new RecordingNoticeChannel();
  private final Jiaolianti app = new Jiaolianti(storage, clock, channel).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);

  private static PublishNoticeCommand toClass(SchoolClass c, String title, ConfirmationMode mode) {
    return new PublishNoticeCommand(AudienceKind.CLASS, c.school().value(), null, c.id().value(), null, title,
        "请家长知悉。", mode, false, false);
  }

  private Notice publish(org.jiaolianti.domain.people.User who, PublishNoticeCommand command) {
    return app.publishNotices().publish(w.actor(who), command);
  }

  private List<NoticeReceipt> receipts(Notice n) {
    return storage.notices().receiptsOf(w.admin.district(), n.id());
  }

  private static Set<GuardianId> guardians(List<NoticeReceipt> receipts) {
    return receipts.stream().map(NoticeReceipt::guardian).collect(Collectors.toSet());
  }

  // ------------------------------------------------------------------ fan-out

  @Test
  void aClassNoticeReachesEveryGuardianOfTheClassOnceWithTheChildItConcerns() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "春游通知", ConfirmationMode.READ_ONLY));

    assertThat(n.recipients()).isEqualTo(3);
    assertThat(guardians(receipts(n))).containsExactlyInAnyOrder(w.zhangFu.id(), w.liMu.id(), w.liFu.id());
    assertThat(receipts(n)).filteredOn(r -> r.guardian().equals(w.liMu.id()))
        .singleElement().satisfies(r -> assertThat(r.students()).containsExactly(w.liHuahua.id()));
    // one outbox row for the whole publication; the dispatcher expands it into one delivery per guardian
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).singleElement()
        .isEqualTo(new NoticeFanout(n.district(), n.id(), null, n.releaseAt()));
    assertThat(app.noticeDispatcher().expandDue(100)).isEqualTo(3);
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).isEmpty();
    assertThat(storage.noticeOutbox().pending(w.admin.district())).hasSize(3)
        .allSatisfy(d -> assertThat(d.kind()).isEqualTo(NoticeDelivery.Kind.NOTICE))
        .allSatisfy(d -> assertThat(d.id()).isEqualTo(DeliveryId.of(d.receipt(), NoticeDelivery.Kind.NOTICE)))
        .extracting(NoticeDelivery::receipt).containsExactlyInAnyOrderElementsOf(receipts(n).stream()
            .map(NoticeReceipt::id).toList());
  }

  @Test
  void aGuardianWithTwoChildrenInTheAudienceGetsOneReceiptNamingBoth() {
    Notice school = publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.SCHOOL, w.schoolA.id().value(), null,
        null, null, "家长会", "周五下午召开家长会。", ConfirmationMode.CLICK_TO_CONFIRM, false, false));

    assertThat(receipts(school)).hasSize(4);
    assertThat(receipts(school)).filteredOn(r -> r.guardian().equals(w.liMu.id())).singleElement()
        .satisfies(r -> assertThat(r.students()).containsExactlyInAnyOrder(w.liHuahua.id(), w.zhaoLeilei.id()));
  }

  @Test
  void gradeGuardiansAndDistrictAudiences() {
    Notice grade = publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.GRADE, w.schoolA.id().value(), 1, null,
        null, "一年级通知", "内容", ConfirmationMode.READ_ONLY, false, false));
    assertThat(guardians(receipts(grade))).containsExactlyInAnyOrder(w.zhangFu.id(), w.liMu.id(), w.liFu.id(),
        w.wangMu.id());

    Notice picked = publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.GUARDIANS, w.schoolA.id().value(),
        null, null, List.of(w.liMu.id().value(), w.wangMu.id().value()), "个别通知", "内容", ConfirmationMode.READ_ONLY,
        false, false));
    assertThat(guardians(receipts(picked))).containsExactlyInAnyOrder(w.liMu.id(), w.wangMu.id());

    Notice district = publish(w.admin, new PublishNoticeCommand(AudienceKind.DISTRICT, null, null, null, null,
        "台风停课通知", "明日全区停课。", ConfirmationMode.CLICK_TO_CONFIRM, true, false));
    assertThat(receipts(district)).hasSize(5);
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).hasSize(3);
    assertThat(app.noticeDispatcher().expandDue(100)).isEqualTo(4 + 2 + 5);
    assertThat(storage.noticeOutbox().pending(w.admin.district())).hasSize(4 + 2 + 5);
  }

  @Test
  void anAudienceNeedsItsFields() {
    var e = catchThrowableOfType(InvalidInputException.class, () -> publish(w.schoolAdminA, new PublishNoticeCommand(
        AudienceKind.GRADE, w.schoolA.id().value(), null, null, null, "t", "b", ConfirmationMode.READ_ONLY, false, false)));
    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("grade");
    var blank = catchThrowableOfType(InvalidInputException.class, () -> publish(w.schoolAdminA, new PublishNoticeCommand(
        AudienceKind.SCHOOL, w.schoolA.id().value(), null, null, null, " ", "b", null, false, false)));
    assertThat(blank.errors()).extracting(f -> f.field()).containsExactlyInAnyOrder("title", "mode");
  }

  // ------------------------------------------------------------------ quiet hours

  @Test
  void aNonUrgentNoticeInTheQuietHoursIsHeldUntilTheyEnd_anUrgentOneGoesAtOnce() {
    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 2, 22, 15)));
    Notice held = publish(w.teacherA11, toClass(w.a11, "明日带水彩笔", ConfirmationMode.READ_ONLY));
    Notice urgent = publish(w.admin, new PublishNoticeCommand(AudienceKind.DISTRICT, null, null, null, null, "台风停课",
        "明日停课", ConfirmationMode.READ_ONLY, true, false));

    assertThat(held.releaseAt()).isEqualTo(NoticeWorld.at(LocalDateTime.of(2026, 3, 3, 7, 0)));
    assertThat(held.held()).isTrue();
    assertThat(urgent.releaseAt()).isEqualTo(clock.now());
    assertThat(app.noticeInbox().inbox(w.actor(w.guardianZhang))).extracting(i -> i.notice().id())
        .containsExactly(urgent.id());
    assertThat(app.notices().statistics(w.actor(w.teacherA11), held.id().value()).delivered()).isZero();
    // the channel gets the urgent one now, the held one after 07:00
    app.noticeDispatcher().dispatchDue(100);
    assertThat(channel.sent()).hasSize(5).allSatisfy(m -> assertThat(m.urgent()).isTrue());

    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 3, 7, 0)));
    assertThat(app.noticeInbox().inbox(w.actor(w.guardianZhang))).extracting(i -> i.notice().id())
        .containsExactly(held.id(), urgent.id());
    app.noticeDispatcher().dispatchDue(100);
    assertThat(channel.sent()).hasSize(8);
  }

  @Test
  void justAfterMidnightIsHeldUntilSevenTheSameDay_andSevenItselfIsNotQuiet() {
    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 3, 0, 30)));
    assertThat(publish(w.teacherA11, toClass(w.a11, "一", ConfirmationMode.READ_ONLY)).releaseAt())
        .isEqualTo(NoticeWorld.at(LocalDateTime.of(2026, 3, 3, 7, 0)));
    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 4, 7, 0)));
    Notice atSeven = publish(w.teacherA11, toClass(w.a11, "二", ConfirmationMode.READ_ONLY));
    assertThat(atSeven.held()).isFalse();
  }

  // ------------------------------------------------------------------ the daily cap

  @Test
  void aClassReceivesAtMostTheDailyCapOfNonUrgentNotices_schoolAndGradeNoticesCount_urgentOnesDoNot() {
    publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.SCHOOL, w.schoolA.id().value(), null, null, null,
        "全校", "内容", ConfirmationMode.READ_ONLY, false, false));
    publish(w.admin, new PublishNoticeCommand(AudienceKind.SCHOOL, w.schoolA.id().value(), null, null, null, "紧急",
        "内容", ConfirmationMode.READ_ONLY, true, false));
    publish(w.teacherA11, toClass(w.a11, "二", ConfirmationMode.READ_ONLY));
    publish(w.teacherA11, toClass(w.a11, "三", ConfirmationMode.READ_ONLY));

    var refused = catchThrowableOfType(RuleViolationException.class,
        () -> publish(w.teacherA11, toClass(w.a11, "四", ConfirmationMode.READ_ONLY)));
    assertThat(refused.decision().rule()).isEqualTo(NoticeRules.DAILY_CAP);
    assertThat(refused.decision().clause()).isEqualTo(NoticeRules.CLAUSE);
    assertThat(receiptsCount()).isEqualTo(4 + 4 + 3 + 3);
    // another class of the same school still has room; an urgent one goes; the next day the count restarts
    publish(w.teacherA12, toClass(w.a12, "四", ConfirmationMode.READ_ONLY));
    publish(w.admin, new PublishNoticeCommand(AudienceKind.CLASS, w.schoolA.id().value(), null, w.a11.id().value(),
        null, "紧急二", "内容", ConfirmationMode.READ_ONLY, true, false));
    clock.set(NoticeWorld.MORNING.plus(Duration.ofDays(1)));
    publish(w.teacherA11, toClass(w.a11, "次日", ConfirmationMode.READ_ONLY));
  }

  private int receiptsCount() {
    return app.notices().notices(w.actor(w.admin)).stream().mapToInt(Notice::recipients).sum();
  }

  // ------------------------------------------------------------------ pupils' names

  @Test
  void aGroupNoticeNamingAPupilOfTheGroupIsRefusedUnlessTheSenderConfirms_andTheConfirmationIsRecorded() {
    PublishNoticeCommand naming = new PublishNoticeCommand(AudienceKind.CLASS, w.schoolA.id().value(), null,
        w.a11.id().value(), null, "表扬", "张小明同学拾金不昧。", ConfirmationMode.READ_ONLY, false, false);
    var refused = catchThrowableOfType(RuleViolationException.class, () -> publish(w.teacherA11, naming));
    assertThat(refused.decision().rule()).isEqualTo(NoticeRules.STUDENT_NAME);
    assertThat(refused.decision().reason().zh()).contains("张*明").doesNotContain("张小明");
    assertThat(app.notices().notices(w.actor(w.teacherA11))).isEmpty();

    Notice confirmed = publish(w.teacherA11, new PublishNoticeCommand(AudienceKind.CLASS, w.schoolA.id().value(), null,
        w.a11.id().value(), null, "表扬", "张小明同学拾金不昧。", ConfirmationMode.READ_ONLY, false, true));
    assertThat(confirmed.namesStudentConfirmed()).isTrue();
    assertThat(app.notices().notice(w.actor(w.teacherA11), confirmed.id().value()).namesStudentConfirmed()).isTrue();
    // a name from outside the group is not this rule's business; a confirmation with no name in the text records nothing
    Notice other = publish(w.teacherA11, new PublishNoticeCommand(AudienceKind.CLASS, w.schoolA.id().value(), null,
        w.a11.id().value(), null, "通知", "陈晨晨的家长请联系二小。", ConfirmationMode.READ_ONLY, false, true));
    assertThat(other.namesStudentConfirmed()).isFalse();
  }

  // ------------------------------------------------------------------ confirmation modes and statistics

  @Test
  void receiptActionsFollowTheMode() {
    Actor zhang = w.actor(w.guardianZhang);
    Notice readOnly = publish(w.teacherA11, toClass(w.a11, "只读", ConfirmationMode.READ_ONLY));
    Notice click = publish(w.teacherA11, toClass(w.a11, "点击", ConfirmationMode.CLICK_TO_CONFIRM));
    Notice sign = publish(w.teacherA11, toClass(w.a11, "签名", ConfirmationMode.SIGN_TO_CONFIRM));
    String r1 = receiptOf(readOnly, w.zhangFu.id());
    String r2 = receiptOf(click, w.zhangFu.id());
    String r3 = receiptOf(sign, w.zhangFu.id());

    assertThat(rule(() -> app.noticeInbox().confirm(zhang, r1))).isEqualTo(NoticeRules.CONFIRMATION_MODE);
    assertThat(app.noticeInbox().read(zhang, r1).receipt().isRead()).isTrue();
    assertThat(rule(() -> app.noticeInbox().sign(zhang, new SignNoticeCommand(r2, "张父")))).isEqualTo(
        NoticeRules.CONFIRMATION_MODE);
    var clicked = app.noticeInbox().confirm(zhang, r2).receipt();
    assertThat(clicked.isConfirmed()).isTrue();
    assertThat(clicked.isRead()).isTrue();
    assertThat(rule(() -> app.noticeInbox().confirm(zhang, r3))).isEqualTo(NoticeRules.CONFIRMATION_MODE);
    assertThat(rule(() -> app.noticeInbox().sign(zhang, new SignNoticeCommand(r3, "李四")))).isEqualTo(
        NoticeRules.SIGNATURE_NAME);
    var signed = app.noticeInbox().sign(zhang, new SignNoticeCommand(r3, " 张父 ")).receipt();
    assertThat(signed.signature()).isEqualTo("张父");
    assertThat(signed.confirmedAt()).isEqualTo(clock.now());
    assertThatThrownBy(() -> app.noticeInbox().sign(zhang, new SignNoticeCommand(r3, "")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void statisticsCountDeliveredReadAndConfirmed_andListWhoHasNot() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "回执", ConfirmationMode.CLICK_TO_CONFIRM));
    app.noticeInbox().read(w.actor(w.guardianZhang), receiptOf(n, w.zhangFu.id()));
    app.noticeInbox().confirm(w.actor(w.guardianLi), receiptOf(n, w.liMu.id()));

    NoticeStatistics stats = app.notices().statistics(w.actor(w.teacherA11), n.id().value());
    assertThat(stats.recipients()).isEqualTo(3);
    assertThat(stats.delivered()).isEqualTo(3);
    assertThat(stats.read()).isEqualTo(2);
    assertThat(stats.confirmed()).isEqualTo(1);
    assertThat(stats.notYet()).extracting(Outstanding::guardian).containsExactlyInAnyOrder(w.zhangFu.id(), w.liFu.id());
    assertThat(stats.notYet()).filteredOn(o -> o.guardian().equals(w.liFu.id())).singleElement()
        .satisfies(o -> assertThat(o.students()).extracting(s -> s.maskedName()).containsExactly("李*华"));
  }

  @Test
  void aReminderGoesToTheUnreadOnly() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "提醒", ConfirmationMode.CLICK_TO_CONFIRM));
    app.noticeInbox().read(w.actor(w.guardianZhang), receiptOf(n, w.zhangFu.id()));
    app.noticeDispatcher().dispatchDue(100);

    assertThat(app.publishNotices().remind(w.actor(w.teacherA11), new RemindCommand(n.id().value()))).isEqualTo(2);

    List<NoticeDelivery> reminders = storage.noticeOutbox().pending(w.admin.district());
    assertThat(reminders).extracting(NoticeDelivery::guardian).containsExactlyInAnyOrder(w.liMu.id(), w.liFu.id());
    assertThat(reminders).allSatisfy(d -> assertThat(d.kind()).isEqualTo(NoticeDelivery.Kind.REMINDER));
    app.noticeDispatcher().dispatchDue(100);
    assertThat(channel.sent()).filteredOn(m -> m.kind() == NoticeDelivery.Kind.REMINDER)
        .extracting(NoticeChannel.Message::guardian).containsExactlyInAnyOrder(w.liMu.id(), w.liFu.id());
    assertThat(app.notices().statistics(w.actor(w.admin), n.id().value()).notYet())
        .filteredOn(o -> !o.guardian().equals(w.zhangFu.id())).allSatisfy(o -> assertThat(o.reminders()).isOne());
  }

  // ------------------------------------------------------------------ the outbox

  /** The process "dies" right after the channel accepted a delivery, before the dispatcher acknowledged it. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aCrashBetweenSendingAndAcknowledgingLosesNothingAndSendsNothingTwice() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "外发", ConfirmationMode.READ_ONLY));
    NoticeChannel crashing = message -> {
      channel.send(message);
      throw new Crash();
    };
    NoticeDispatcher beforeCrash = new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(),
        crashing, storage.transactions(), clock);

    assertThatThrownBy(() -> beforeCrash.dispatchDue(1)).isInstanceOf(Crash.class);
    assertThat(channel.sent()).hasSize(1);
    // dispatchDue(1) expanded one receipt and sent it: that delivery is still there, the rest not yet expanded
    assertThat(storage.noticeOutbox().pending(w.admin.district())).hasSize(1);
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).hasSize(1);

    NoticeDispatcher afterRestart = new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(),
        channel, storage.transactions(), clock);
    assertThat(afterRestart.dispatchDue(100)).isEqualTo(3);

    assertThat(channel.handedOver()).hasSize(4);
    assertThat(channel.sent()).hasSize(3).extracting(NoticeChannel.Message::deliveryId).doesNotHaveDuplicates();
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();
    assertThat(receipts(n)).hasSize(3);
  }

  @Test
  void theRestartedDispatcherHandsTheSameDeliveryIdOverAgain_theChannelSendsItOnce() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "外发", ConfirmationMode.READ_ONLY));
    NoticeChannel crashing = message -> {
      channel.send(message);
      throw new Crash();
    };
    assertThatThrownBy(() -> new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(), crashing,
        storage.transactions(), clock).dispatchDue(1)).isInstanceOf(Crash.class);
    var first = channel.handedOver().get(0);

    new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(), channel, storage.transactions(),
        clock).dispatchDue(100);

    assertThat(channel.handedOver()).hasSize(4).filteredOn(first::equals).hasSize(2);
    assertThat(channel.sent()).hasSize(3).extracting(NoticeChannel.Message::deliveryId).doesNotHaveDuplicates();
    assertThat(channel.sent()).extracting(NoticeChannel.Message::guardian)
        .containsExactlyInAnyOrderElementsOf(guardians(receipts(n)));
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();
  }

  @Test
  void theDispatcherExpandsAPublicationChunkByChunk_withDeliveryIdsDerivedFromTheReceipts_andARerunAddsNothingTwice() {
    Notice n = publish(w.admin, new PublishNoticeCommand(AudienceKind.DISTRICT, null, null, null, null, "台风停课通知",
        "明日全区停课。", ConfirmationMode.READ_ONLY, true, false));
    List<NoticeReceipt> all = receipts(n);
    assertThat(all).hasSize(5);

    assertThat(app.noticeDispatcher().expandDue(2)).isEqualTo(2);
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).singleElement()
        .satisfies(f -> assertThat(f.after()).isEqualTo(all.get(1).guardian()));
    assertThat(app.noticeDispatcher().expandDue(2)).isEqualTo(2);
    assertThat(app.noticeDispatcher().expandDue(2)).isEqualTo(1);
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).isEmpty();
    assertThat(app.noticeDispatcher().expandDue(2)).isZero();
    List<NoticeDelivery> expanded = storage.noticeOutbox().pending(w.admin.district());
    assertThat(expanded).extracting(NoticeDelivery::id).containsExactlyInAnyOrderElementsOf(
        all.stream().map(r -> DeliveryId.of(r.id(), NoticeDelivery.Kind.NOTICE)).toList());

    // the same publication expanded again from the start (a re-run) finds every delivery there already
    storage.noticeOutbox().enqueueFanout(NoticeFanout.of(n));
    assertThat(app.noticeDispatcher().expandDue(100)).isEqualTo(5);
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEqualTo(expanded);
    assertThat(app.noticeDispatcher().dispatchDue(100)).isEqualTo(5);
    assertThat(channel.handedOver()).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void aCrashInTheMiddleOfAnExpansionLosesNothingAndSendsNothingTwice() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "外发", ConfirmationMode.READ_ONLY));
    for (CrashingNoticeOutbox.At at : List.of(CrashingNoticeOutbox.At.ENQUEUE_IF_ABSENT,
        CrashingNoticeOutbox.At.FINISH_FANOUT)) {
      NoticeDispatcher crashing = new NoticeDispatcher(new CrashingNoticeOutbox(storage.noticeOutbox(), at),
          storage.notices(), storage.roster(), channel, storage.transactions(), clock);
      assertThatThrownBy(() -> crashing.dispatchDue(100)).isInstanceOf(CrashingNoticeOutbox.Crash.class);
      assertThat(channel.handedOver()).isEmpty();
      // the cursor did not move (in memory the half-written chunk stays: the derived ids keep it single)
      assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).singleElement()
          .satisfies(f -> assertThat(f.after()).isNull());
    }

    assertThat(app.noticeDispatcher().dispatchDue(100)).isEqualTo(3);
    assertThat(channel.handedOver()).hasSize(3).doesNotHaveDuplicates();
    assertThat(channel.sent()).extracting(NoticeChannel.Message::guardian)
        .containsExactlyInAnyOrderElementsOf(guardians(receipts(n)));
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).isEmpty();
  }

  @Test
  void aCrashAfterTheExpansionBeforeSendingLosesNothingAndSendsNothingTwice() {
    Notice n = publish(w.teacherA11, toClass(w.a11, "外发", ConfirmationMode.READ_ONLY));
    NoticeChannel dead = message -> {
      throw new Crash();
    };
    NoticeDispatcher beforeCrash = new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(),
        dead, storage.transactions(), clock);
    assertThatThrownBy(() -> beforeCrash.dispatchDue(100)).isInstanceOf(Crash.class);
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).isEmpty();
    List<NoticeDelivery> expanded = storage.noticeOutbox().pending(w.admin.district());
    assertThat(expanded).hasSize(3);

    assertThat(app.noticeDispatcher().dispatchDue(100)).isEqualTo(3);
    assertThat(channel.handedOver()).containsExactlyInAnyOrderElementsOf(
        expanded.stream().map(NoticeDelivery::id).toList());
    assertThat(channel.sent()).extracting(NoticeChannel.Message::guardian)
        .containsExactlyInAnyOrderElementsOf(guardians(receipts(n)));
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();
  }

  @Test
  void aHeldNoticesFanOutIsExpandedAtItsRelease() {
    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 2, 22, 15)));
    Notice held = publish(w.teacherA11, toClass(w.a11, "明日带水彩笔", ConfirmationMode.READ_ONLY));
    assertThat(app.noticeDispatcher().dispatchDue(100)).isZero();
    assertThat(storage.noticeOutbox().pendingFanouts(w.admin.district())).singleElement()
        .satisfies(f -> assertThat(f.availableAt()).isEqualTo(held.releaseAt()));
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();

    clock.set(held.releaseAt());
    assertThat(app.noticeDispatcher().dispatchDue(100)).isEqualTo(3);
    assertThat(channel.sent()).hasSize(3);
  }

  @Test
  void aFailedDeliveryIsRetriedWithBackoff() {
    publish(w.teacherA11, toClass(w.a11, "重试", ConfirmationMode.READ_ONLY));
    int[] failures = {0};
    NoticeChannel flaky = message -> {
      failures[0]++;
      throw new IllegalStateException("SMS gateway down");
    };
    NoticeDispatcher failing = new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(), flaky,
        storage.transactions(), clock);
    assertThat(failing.dispatchDue(100)).isZero();
    assertThat(storage.noticeOutbox().pending(w.admin.district())).hasSize(3).allSatisfy(d -> {
      assertThat(d.attempts()).isOne();
      assertThat(d.availableAt()).isEqualTo(clock.now().plus(Duration.ofSeconds(30)));
      assertThat(d.lastError()).contains("SMS gateway down");
    });
    assertThat(failing.dispatchDue(100)).isZero(); // not due yet
    assertThat(failures[0]).isEqualTo(3);
    clock.set(clock.now().plus(Duration.ofSeconds(30)));
    failing.dispatchDue(100);
    assertThat(storage.noticeOutbox().pending(w.admin.district())).allSatisfy(d -> assertThat(d.attempts()).isEqualTo(2));
    clock.set(clock.now().plus(Duration.ofSeconds(60)));
    assertThat(app.noticeDispatcher().dispatchDue(100)).isEqualTo(3);
    assertThat(storage.noticeOutbox().pending(w.admin.district())).isEmpty();
    assertThat(NoticeDispatcher.backoff(20)).isEqualTo(Duration.ofHours(1));
  }

  // ------------------------------------------------------------------ access

  @Test
  void aTeacherPublishesToTheirOwnClassOnly() {
    assertThatThrownBy(() -> publish(w.teacherA11, toClass(w.a12, "别班", ConfirmationMode.READ_ONLY)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> publish(w.teacherA11, toClass(w.b11, "别校", ConfirmationMode.READ_ONLY)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> publish(w.teacherA11, new PublishNoticeCommand(AudienceKind.SCHOOL, w.schoolA.id().value(),
        null, null, null, "全校", "内容", ConfirmationMode.READ_ONLY, false, false))).isInstanceOf(ForbiddenException.class);
    // a hand-picked guardian without a child in the teacher's classes is not found
    assertThatThrownBy(() -> publish(w.teacherA11, new PublishNoticeCommand(AudienceKind.GUARDIANS,
        w.schoolA.id().value(), null, null, List.of(w.wangMu.id().value()), "个别", "内容", ConfirmationMode.READ_ONLY,
        false, false))).isInstanceOf(NotFoundException.class);
    // 李母's receipt names only her child in the teacher's class
    Notice picked = publish(w.teacherA11, new PublishNoticeCommand(AudienceKind.GUARDIANS, w.schoolA.id().value(), null,
        null, List.of(w.liMu.id().value()), "个别", "内容", ConfirmationMode.READ_ONLY, false, false));
    assertThat(receipts(picked)).singleElement()
        .satisfies(r -> assertThat(r.students()).containsExactly(w.liHuahua.id()));
  }

  @Test
  void onlyTheBureauSendsDistrictWideOrUrgentNotices() {
    assertThatThrownBy(() -> publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.DISTRICT, null, null, null,
        null, "全区", "内容", ConfirmationMode.READ_ONLY, false, false))).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.SCHOOL,
        w.schoolA.id().value(), null, null, null, "紧急", "内容", ConfirmationMode.READ_ONLY, true, false)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> publish(w.schoolAdminA, new PublishNoticeCommand(AudienceKind.SCHOOL,
        w.schoolB.id().value(), null, null, null, "别校", "内容", ConfirmationMode.READ_ONLY, false, false)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> publish(w.guardianZhang, toClass(w.a11, "家长", ConfirmationMode.READ_ONLY)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void staffReadWhatTheyMay_aGuardianSeesOnlyTheirOwnReceipts() {
    Notice a11 = publish(w.teacherA11, toClass(w.a11, "一一", ConfirmationMode.READ_ONLY));
    Notice a12 = publish(w.teacherA12, toClass(w.a12, "一二", ConfirmationMode.READ_ONLY));

    assertThat(app.notices().notices(w.actor(w.teacherA11))).extracting(Notice::id).containsExactly(a11.id());
    assertThatThrownBy(() -> app.notices().notice(w.actor(w.teacherA11), a12.id().value()))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.notices().notices(w.actor(w.schoolAdminA))).hasSize(2);
    assertThatThrownBy(() -> app.publishNotices().remind(w.actor(w.teacherA11), new RemindCommand(a12.id().value())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.notices().notices(w.actor(w.guardianZhang))).isInstanceOf(ForbiddenException.class);

    assertThat(app.noticeInbox().inbox(w.actor(w.guardianZhang))).extracting(i -> i.notice().id())
        .containsExactly(a11.id());
    assertThat(app.noticeInbox().inbox(w.actor(w.guardianZhang)).get(0).students())
        .extracting(s -> s.maskedName()).containsExactly("张小明");
    String others = receiptOf(a11, w.liMu.id());
    assertThatThrownBy(() -> app.noticeInbox().read(w.actor(w.guardianZhang), others))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.noticeInbox().inbox(w.actor(w.teacherA11))).isInstanceOf(ForbiddenException.class);
  }

  private String receiptOf(Notice n, GuardianId guardian) {
    return receipts(n).stream().filter(r -> r.guardian().equals(guardian)).findFirst().orElseThrow().id().value();
  }

  private static String rule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return catchThrowableOfType(RuleViolationException.class, call).decision().rule();
  }
}
