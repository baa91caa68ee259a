package org.jiaolianti.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.PublishNoticeCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase.HomeSchoolReport;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase.Line;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.MentorStatus;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackId;
import org.jiaolianti.domain.messaging.FeedbackKind;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.report.HomeSchoolFigures;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;
import org.junit.jupiter.api.Test;

class HomeSchoolReportServiceTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  private final Storage storage = InMemoryStorage.create();
  private final Jiaolianti app = new Jiaolianti(storage, clock).activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);
  private final DistrictCode d = w.schoolA.district();

  private Notice publish(AudienceKind kind, String school, ConfirmationMode mode) {
    return app.publishNotices().publish(w.actor(w.admin), new PublishNoticeCommand(kind, school, null, null, null,
        "台风停课通知", "明日停课。", mode, true, false));
  }

  private void read(Notice n, int howMany, boolean confirm) {
    List<NoticeReceipt> receipts = storage.notices().receiptsOf(d, n.id());
    for (NoticeReceipt r : receipts.subList(0, howMany)) {
      NoticeReceipt read = r.read(clock.now());
      storage.notices().updateReceipt(confirm ? read.confirm(clock.now(), null) : read);
    }
  }

  private HomeSchoolReport report(LocalDate from, LocalDate to) {
    return app.homeSchoolReport().report(w.actor(w.admin), from, to);
  }

  private static HomeSchoolFigures figures(List<Line> lines, String id) {
    return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow().figures();
  }

  @Test
  void noticeReadAndConfirmRatesCountEachReceiptForTheSchoolsOfTheChildrenItConcerns() {
    Notice district = publish(AudienceKind.DISTRICT, null, ConfirmationMode.CLICK_TO_CONFIRM);
    Notice readOnly = publish(AudienceKind.SCHOOL, w.schoolA.id().value(), ConfirmationMode.READ_ONLY);
    read(district, 5, true);
    read(readOnly, 1, false);

    HomeSchoolReport report = report(MONDAY, MONDAY);

    // school A: 4 guardians (张父, 李母, 李父, 王母) per notice; school B: 陈父 for the district notice only
    HomeSchoolFigures a = figures(report.schools(), w.schoolA.id().value());
    HomeSchoolFigures b = figures(report.schools(), w.schoolB.id().value());
    assertThat(a.receipts() + b.receipts()).isEqualTo(5 + 4);
    assertThat(a.receipts()).isEqualTo(8);
    assertThat(a.confirmationsRequested()).isEqualTo(4);
    assertThat(b.confirmationsRequested()).isEqualTo(1);
    assertThat(a.confirmed() + b.confirmed()).isEqualTo(5);
    assertThat(report.total().read()).isEqualTo(6);
    assertThat(report.total().readRate()).contains(new BigDecimal("0.6667"));
    assertThat(report.total().confirmRate()).contains(new BigDecimal("1.0000"));
    assertThat(report(MONDAY.plusDays(1), MONDAY.plusDays(2)).total().receipts()).isZero();
  }

  @Test
  void participationCountsDistinctStudentsWithAPlaceAmongTheEnrolled() {
    Activity activity = new Activity(ActivityId.newId(), d, OrganiserKind.DISTRICT, null, "亲子研学", null,
        Collaboration.HOME_SCHOOL, Set.of(1, 2), 10, clock.now(), clock.now().plus(Duration.ofDays(3)),
        Term.of("2025-2026-2"), RegistrationMode.FIRST_COME, 0, null, 0);
    Activity second = new Activity(ActivityId.newId(), d, OrganiserKind.DISTRICT, null, "科技节", null,
        Collaboration.HOME_SCHOOL, Set.of(1, 2), 10, clock.now(), clock.now().plus(Duration.ofDays(3)),
        Term.of("2025-2026-2"), RegistrationMode.FIRST_COME, 0, null, 0);
    storage.activities().add(activity);
    storage.activities().add(second);
    register(activity, w.zhangXiaoming, RegistrationStatus.CONFIRMED, clock.now());
    register(second, w.zhangXiaoming, RegistrationStatus.CONFIRMED, clock.now());
    register(activity, w.liHuahua, RegistrationStatus.WAITLISTED, clock.now());
    register(activity, w.chenChenchen, RegistrationStatus.CONFIRMED, clock.now().plus(Duration.ofDays(2)));

    HomeSchoolReport monday = report(MONDAY, MONDAY);
    HomeSchoolFigures a = figures(monday.schools(), w.schoolA.id().value());
    assertThat(a.registrations()).isEqualTo(2);
    assertThat(a.participants()).isEqualTo(1);
    assertThat(a.enrolled()).isEqualTo(4);
    assertThat(a.participationRate()).contains(new BigDecimal("0.2500"));
    assertThat(figures(monday.schools(), w.schoolB.id().value()).participants()).isZero();
    assertThat(figures(report(MONDAY, MONDAY.plusDays(2)).schools(), w.schoolB.id().value()).participationRate())
        .contains(new BigDecimal("1.0000"));
  }

  private void register(Activity a, Student s, RegistrationStatus status, Instant at) {
    storage.activities().addRegistration(new Registration(RegistrationId.newId(), d, a.id(), s.id(), status,
        storage.activities().nextPosition(d, a.id()), at, "guardian", null, null, 0));
  }

  @Test
  void feedbackResponseTimesOverdueAndLateAnswersPerSchool() {
    Instant morning = clock.now();
    Feedback answeredInTime = Feedback.submit(FeedbackId.newId(), d, w.schoolA.id(), w.guardianZhang.id(), false,
        FeedbackKind.SUGGESTION, "午餐", "建议增加水果。", morning, MONDAY, MONDAY.plusDays(5));
    Feedback answeredLate = Feedback.submit(FeedbackId.newId(), d, w.schoolA.id(), w.guardianLi.id(), true,
        FeedbackKind.OPINION, "放学", "接送拥堵。", morning, MONDAY, MONDAY.plusDays(1));
    Feedback stillOpen = Feedback.submit(FeedbackId.newId(), d, w.schoolB.id(), w.guardianLi.id(), false,
        FeedbackKind.OPINION, "作业", "作业太多。", morning, MONDAY, MONDAY.plusDays(1));
    storage.feedbackItems().add(answeredInTime);
    storage.feedbackItems().add(answeredLate);
    storage.feedbackItems().add(stillOpen);
    storage.feedbackItems().update(answeredInTime.answered("已采纳。", w.schoolAdminA.id(), morning.plus(Duration.ofHours(3))));
    storage.feedbackItems().update(answeredLate.answered("已改进。", w.schoolAdminA.id(), morning.plus(Duration.ofDays(3))));
    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 10, 9, 0)));

    HomeSchoolReport report = report(MONDAY, MONDAY.plusDays(6));

    HomeSchoolFigures a = figures(report.schools(), w.schoolA.id().value());
    assertThat(a.feedbackSubmitted()).isEqualTo(2);
    assertThat(a.feedbackAnswered()).isEqualTo(2);
    assertThat(a.answeredLate()).isEqualTo(1);
    assertThat(a.overdueOpen()).isZero();
    assertThat(a.averageResponseHours()).contains(new BigDecimal("37.5"));
    HomeSchoolFigures b = figures(report.schools(), w.schoolB.id().value());
    assertThat(b.overdueOpen()).isEqualTo(1);
    assertThat(b.averageResponseHours()).isEmpty();
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void mentorHoursOfDaysInTheRangeAddUpPerZoneAndForTheDistrict() {
    ParentMentor m = ParentMentor.apply(ParentMentorId.newId(), d, w.schoolB.id(), w.chenFu.id(), w.guardianLi.id(),
        "消防员，可开展安全教育", clock.now());
    storage.parentMentors().add(m);
    storage.parentMentors().update(m.decided(MentorStatus.APPROVED, w.schoolAdminA.id(), MONDAY, clock.now()));
    for (int day = -1; day <= 7; day += 4) {
      storage.parentMentors().addHours(new MentorHours(Ids.newId(), d, m.id(), MONDAY.plusDays(day),
          new BigDecimal("1.5"), null, w.schoolAdminA.id(), clock.now()));
    }
    ZoneId zone = ZoneId.newId();
    storage.zones().add(Zone.establish(zone, d, "新店教联体", w.schoolB.id(), "新店街道", MONDAY.minusDays(30),
        ZoneMembershipId.newId()));

    HomeSchoolReport report = report(MONDAY, MONDAY.plusDays(6));

    assertThat(figures(report.schools(), w.schoolB.id().value()).mentorHours()).isEqualByComparingTo("1.5");
    assertThat(figures(report.zones(), zone.value()).mentorHours()).isEqualByComparingTo("1.5");
    assertThat(figures(report.zones(), zone.value()).enrolled()).isEqualTo(1);
    assertThat(report.total().mentorHours()).isEqualByComparingTo("1.5");
    assertThat(report.total().enrolled()).isEqualTo(5);
    assertThat(report.schools()).extracting(Line::name).containsExactly("新店一小", "新店二小");
  }

  @Test
  void badRangesNameTheFieldAndOnlyReportReadersMayAsk() {
    assertThat(catchThrowable(() -> report(MONDAY, MONDAY.minusDays(1)))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("to");
    assertThat(catchThrowable(() -> report(MONDAY, MONDAY.plusDays(400)))).isInstanceOf(InvalidInputException.class);
    assertThat(report(MONDAY, MONDAY.plusDays(399)).from()).isEqualTo(MONDAY);
    assertThat(catchThrowable(() -> app.homeSchoolReport().report(w.actor(w.guardianZhang), MONDAY, MONDAY)))
        .isInstanceOfAny(ForbiddenException.class, org.jiaolianti.application.shared.NotFoundException.class);
    assertThat(catchThrowable(() -> app.homeSchoolReport().report(w.actor(w.teacherA11), MONDAY, MONDAY)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void guidanceLearningCountsCompletionsAndLearnersForTheSchoolsOfTheirChildren() {
    var item = app.guidance().create(w.actor(w.admin), new GuidanceUseCase.CreateItemCommand(null,
        GuidanceKind.ARTICLE, "如何陪伴孩子写作业", "少催促，多鼓励。", null, null, Set.of(), Set.of()));
    app.guidance().publish(w.actor(w.admin), item.id().value());
    app.guidance().learn(w.actor(w.guardianLi), new GuidanceUseCase.LearnCommand(item.id().value(), null));
    app.guidance().learn(w.actor(w.guardianZhang), new GuidanceUseCase.LearnCommand(item.id().value(), null));

    HomeSchoolReport report = report(MONDAY, MONDAY);

    // 李母 has children only at school A (李华华, 赵磊磊): one learner there, counted once
    HomeSchoolFigures a = figures(report.schools(), w.schoolA.id().value());
    assertThat(a.guidanceCompletions()).isEqualTo(2);
    assertThat(a.guidanceLearners()).isEqualTo(2);
    assertThat(figures(report.schools(), w.schoolB.id().value()).guidanceLearners()).isZero();
    assertThat(report(MONDAY.plusDays(1), MONDAY.plusDays(1)).total().guidanceCompletions()).isZero();
  }
}
