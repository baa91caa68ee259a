package org.jiaolianti.examples.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One demo user for every canonical role of the demo district, each in a scope that has data: the
 * bureau, the first zone, its lead school, a class there, a guardian of a pupil in it, a partner that
 * docks with the school. Created through the use cases, once: a user that exists is left alone.
 */
public final class DemoUsers {

  /** A demo account: its username, role and the scope it holds it in. */
  public record Account(String username, Role role, ScopeType scope, String reference, String what) {}

  private final Jiaolianti app;
  private final Storage storage;
  private final Policy policy;

  public DemoUsers(Jiaolianti app, Storage storage, Policy policy) {
    this.app = app;
    this.storage = storage;
    this.policy = policy;
  }

  /** Creates what is missing and returns every demo account. */
  public List<Account> ensure() {
    DistrictCode d = policy.district();
    String district = d.value();
    Zone zone = app.organization().zones(d).get(0);
    School school = app.organization().school(d, zone.leadSchool());
    DockingAgreement agreement = app.organization().agreements(d, school.id()).get(0);
    String partner = agreement.partner().value();
    // the clinician belongs to the district's mental-health medical institution (五(二)1), if the demo has one
    String institution = app.organization().partners(d).stream()
        .filter(p -> p.optionalResourceKind().filter(k -> k == SocialResourceKind.MEDICAL_INSTITUTION).isPresent())
        .map(p -> p.id().value()).findFirst().orElse(partner);
    LocalDate from = policy.document().issueDate();

    boolean fresh = storage.users().byUsername("demo-teacher").isEmpty();
    String classId = null;
    String guardianId = null;
    String studentId = null;
    if (fresh) {
      SchoolClass c = app.roster().registerClass(new RegisterClassCommand(district, school.id().value(), 2025, 3, 1));
      classId = c.id().value();
      var student = app.roster().enrol(new EnrolStudentCommand(district, school.id().value(), classId, "林小雨",
          Gender.FEMALE, LocalDate.of(2017, 3, 14), "G350213201703140021"));
      var guardian = app.roster().registerGuardian(new RegisterGuardianCommand(district, "林建华", "13800000001"));
      app.roster().link(new LinkGuardianCommand(district, guardian.id().value(), student.id().value(), GuardianRelation.FATHER));
      guardianId = guardian.id().value();
      studentId = student.id().value();
    }

    List<Account> accounts = new ArrayList<>(List.of(
        new Account("demo-admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null, "区教育局 the district bureau"),
        new Account("demo-mh-officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null, "区心理健康工作负责人"),
        new Account("demo-unit", Role.UNIT_OFFICER, ScopeType.UNIT, "WOMENS_FEDERATION", "区妇联 staff"),
        new Account("demo-zone", Role.ZONE_COORDINATOR, ScopeType.ZONE, zone.id().value(), zone.name()),
        new Account("demo-school", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value(), school.name()),
        new Account("demo-teacher", Role.TEACHER, ScopeType.CLASSES, classId, school.name() + " 三年级1班"),
        new Account("demo-counsellor", Role.COUNSELLOR, ScopeType.SCHOOL, school.id().value(),
            "陈心怡（" + school.name() + "心理健康教师）"),
        new Account("demo-guardian", Role.GUARDIAN, ScopeType.GUARDIAN_OF, null, "林小雨's father"),
        new Account("demo-partner", Role.PARTNER_STAFF, ScopeType.PARTNER, partner, "a partner docking with " + school.name()),
        new Account("demo-clinician", Role.CLINICIAN, ScopeType.INSTITUTION, institution,
            "the medical institution of the green channel"),
        new Account("demo-auditor", Role.AUDITOR, ScopeType.DISTRICT, null, "数据保护/审计"),
        new Account("demo-user-admin", Role.USER_ADMIN, ScopeType.DISTRICT, null, "账号管理员")));
    for (Account a : accounts) {
      if (storage.users().byUsername(a.username()).isPresent()) {
        continue;
      }
      if (a.reference() == null && a.scope().needsReference()) {
        continue; // the class or guardian of a first run that did not finish; nothing to attach to
      }
      User user = app.users().register(new RegisterUserCommand(district, a.username(), a.what(),
          a.role() == Role.GUARDIAN ? guardianId : null));
      app.users().assign(new AssignRoleCommand(district, user.id().value(), a.role(), a.scope(), a.reference(), from, null));
    }
    if (fresh && !from.isAfter(LocalDate.now(policy.document().timeZone()))) {
      messagingDemo(school.id().value(), studentId);
      homeSchoolDemo(d, school.id().value(), studentId);
      guidanceDemo(school.id().value());
      instructorsAndOpenDayDemo(school.id().value(), studentId);
      screeningDemo(school.id().value(), classId, studentId);
      mentalHealthFileDemo(school.id().value(), studentId);
      if (!institution.equals(partner)) {
        referralDemo(studentId, guardianId, institution);
      }
    }
    return accounts;
  }

  /**
   * One open crisis referral (五(二)1) of the demo pupil from the school's counsellor to the medical institution, on
   * a referral consent the school recorded from the guardian's written form: demo-clinician sees it.
   */
  private void referralDemo(String studentId, String guardianId, String institution) {
    var leader = app.access().actor("demo-school");
    app.consents().record(leader, new org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand(
        studentId, org.jiaolianti.domain.mentalhealth.ConsentPurpose.MEDICAL_REFERRAL,
        org.jiaolianti.domain.mentalhealth.GrantorKind.GUARDIAN, guardianId,
        org.jiaolianti.domain.mentalhealth.ConsentMethod.WRITTEN_FORM, leader.today()));
    app.referrals().open(app.access().actor("demo-counsellor"),
        new org.jiaolianti.application.referral.port.in.ReferralsUseCase.OpenCommand(studentId, institution,
            org.jiaolianti.domain.mentalhealth.ReferralUrgency.URGENT,
            "近一个月情绪低落、睡眠差，心理普测分数偏高，经心理教师评估建议专科就诊。", null));
  }

  /** A conversation about the demo pupil, the teacher's office hours and one anonymous suggestion (五(一)2, 三(三)3). */
  private void messagingDemo(String schoolId, String studentId) {
    var guardian = app.access().actor("demo-guardian");
    var teacher = app.access().actor("demo-teacher");
    var c = app.conversations().open(guardian, new org.jiaolianti.application.messaging.port.in.ConverseUseCase
        .OpenConversationCommand(studentId, "请假", "林小雨明天上午看牙医，请假半天。"));
    app.conversations().send(teacher, new org.jiaolianti.application.messaging.port.in.ConverseUseCase
        .SendMessageCommand(c.id().value(), "收到，祝早日康复。", null));
    app.officeHours().set(teacher, new org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase
        .SetOfficeHoursCommand(null, List.of(new org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.Slot(
            java.time.DayOfWeek.TUESDAY, java.time.LocalTime.of(16, 0), java.time.LocalTime.of(17, 0), "三楼教师办公室"))));
    app.feedback().submit(guardian, new org.jiaolianti.application.messaging.port.in.FeedbackUseCase
        .SubmitFeedbackCommand(schoolId, org.jiaolianti.domain.messaging.FeedbackKind.SUGGESTION, "放学接送",
            "建议放学时分年级错峰离校，减少校门口拥堵。", true));
  }

  /**
   * A confirmed school notice, an activity with the demo pupil registered, and an approved parent mentor with
   * logged hours, so that the notices, activities, mentors and {@code /api/v1/reports/home-school} show data
   * (五(一)2, 五(一)3).
   */
  private void homeSchoolDemo(DistrictCode d, String schoolId, String studentId) {
    var leader = app.access().actor("demo-school");
    var guardian = app.access().actor("demo-guardian");
    app.publishNotices().publish(leader, new org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase
        .PublishNoticeCommand(org.jiaolianti.domain.homeschool.AudienceKind.SCHOOL, schoolId, null, null, null,
            "家长开放日通知", "本周五上午举行家长开放日，欢迎家长到校参加。", org.jiaolianti.domain.homeschool.ConfirmationMode
            .CLICK_TO_CONFIRM, false, false));
    for (var item : app.noticeInbox().inbox(guardian)) {
      app.noticeInbox().confirm(guardian, item.receipt().id().value());
    }
    java.time.Instant now = java.time.Instant.now();
    var activity = app.manageActivities().create(new org.jiaolianti.application.activity.port.in
        .ManageActivitiesUseCase.CreateActivityCommand(d.value(), org.jiaolianti.domain.activity.OrganiserKind.SCHOOL,
            schoolId, "亲子科学实验营", "与区科协合作的周末亲子科学实验。", org.jiaolianti.domain.policy.Collaboration.HOME_SCHOOL,
            java.util.Set.of(3, 4), 30, now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(14)),
            termOf(LocalDate.now(policy.document().timeZone())), org.jiaolianti.domain.activity.RegistrationMode.FIRST_COME));
    app.activityRegistration().register(new org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase
        .RegisterCommand(d.value(), activity.id().value(), studentId, "demo-guardian"));
    var mentor = app.parentMentors().apply(guardian, new org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase
        .ApplyCommand(schoolId, "消防员，可开展校园安全与应急演练"));
    app.parentMentors().approve(leader, mentor.id().value());
    app.parentMentors().logHours(leader, new org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase
        .LogHoursCommand(mentor.id().value(), LocalDate.now(policy.document().timeZone()), new java.math.BigDecimal("2"),
            "安全教育课"));
  }

  /** The school term a date falls in: autumn term (1) from August, spring term (2) from February. */
  private static String termOf(LocalDate date) {
    int year = date.getYear();
    int month = date.getMonthValue();
    if (month >= 8) {
      return year + "-" + (year + 1) + "-1";
    }
    return month >= 2 ? (year - 1) + "-" + year + "-2" : (year - 1) + "-" + year + "-1";
  }

  /**
   * The guidance column (家庭教育指导专栏, 五(一)2): a district lecture video, a school article for grade 3 (read by the
   * demo guardian) and a two-lesson course; and one teaching resource the school shares with the district's schools.
   */
  private void guidanceDemo(String schoolId) {
    var admin = app.access().actor("demo-admin");
    var leader = app.access().actor("demo-school");
    var video = app.guidance().create(admin, new org.jiaolianti.application.guidance.port.in.GuidanceUseCase
        .CreateItemCommand(null, org.jiaolianti.domain.guidance.GuidanceKind.VIDEO, "青春期亲子沟通（专家讲座）", null,
            "区家庭教育指导中心 李老师", "https://example.org/jiaolianti/lecture-1", java.util.Set.of(),
            java.util.Set.of(org.jiaolianti.domain.guidance.GuidanceTopic.MENTAL_HEALTH)));
    app.guidance().publish(admin, video.id().value());
    var article = app.guidance().create(leader, new org.jiaolianti.application.guidance.port.in.GuidanceUseCase
        .CreateItemCommand(schoolId, org.jiaolianti.domain.guidance.GuidanceKind.ARTICLE, "三年级：陪孩子养成阅读习惯",
            "每天固定二十分钟亲子共读，读后聊一聊书中的人物。", null, null, java.util.Set.of(3),
            java.util.Set.of(org.jiaolianti.domain.guidance.GuidanceTopic.SCIENTIFIC_PARENTING)));
    app.guidance().publish(leader, article.id().value());
    var course = app.guidance().create(leader, new org.jiaolianti.application.guidance.port.in.GuidanceUseCase
        .CreateItemCommand(schoolId, org.jiaolianti.domain.guidance.GuidanceKind.COURSE, "家长学校：家风家教两节课", null,
            null, null, java.util.Set.of(), java.util.Set.of(org.jiaolianti.domain.guidance.GuidanceTopic.FAMILY_TRADITION)));
    for (String title : List.of("第一课：家规与家训", "第二课：言传与身教")) {
      app.guidance().addLesson(leader, new org.jiaolianti.application.guidance.port.in.GuidanceUseCase
          .AddLessonCommand(course.id().value(), title, "课时正文（示例）。", null));
    }
    app.guidance().publish(leader, course.id().value());
    app.guidance().learn(app.access().actor("demo-guardian"), new org.jiaolianti.application.guidance.port.in
        .GuidanceUseCase.LearnCommand(article.id().value(), null));
    app.sharedResources().share(app.access().actor("demo-teacher"), new org.jiaolianti.application.guidance.port.in
        .SharedResourcesUseCase.ShareCommand(schoolId, org.jiaolianti.domain.guidance.SharedResourceKind.TEACHING,
            "防溺水安全教育课件", "含教案、课件与家长告知书。", "https://example.org/jiaolianti/drowning-safety",
            java.util.Set.of(org.jiaolianti.domain.policy.Collaboration.POLICE_SCHOOL,
                org.jiaolianti.domain.policy.Collaboration.HOME_SCHOOL)));
  }

  /**
   * Two family-education instructors (五(一)4) — one of the district, one of the school linked to the demo
   * counsellor — with one logged lecture, and a parent open day (五(一)3) a week ahead that the demo guardian
   * has booked.
   */
  private void instructorsAndOpenDayDemo(String schoolId, String studentId) {
    var admin = app.access().actor("demo-admin");
    var leader = app.access().actor("demo-school");
    var counsellor = storage.users().byUsername("demo-counsellor").orElseThrow();
    app.instructors().register(admin, new org.jiaolianti.application.instructor.port.in.InstructorsUseCase
        .RegisterCommand("陈立群", org.jiaolianti.domain.instructor.InstructorTier.DISTRICT, null, null,
            java.util.Set.of(org.jiaolianti.domain.instructor.Specialty.SCIENTIFIC_PARENTING,
                org.jiaolianti.domain.instructor.Specialty.FAMILY_VALUES), null));
    var own = app.instructors().register(leader, new org.jiaolianti.application.instructor.port.in.InstructorsUseCase
        .RegisterCommand("周慧敏", org.jiaolianti.domain.instructor.InstructorTier.SCHOOL, schoolId, null,
            java.util.Set.of(org.jiaolianti.domain.instructor.Specialty.MENTAL_HEALTH), counsellor.id().value()));
    LocalDate today = LocalDate.now(policy.document().timeZone());
    app.instructors().logService(leader, new org.jiaolianti.application.instructor.port.in.InstructorsUseCase
        .LogServiceCommand(own.id().value(), org.jiaolianti.domain.instructor.ServiceKind.LECTURE_TOUR, today,
            new java.math.BigDecimal("1.5"), schoolId, null, 80, "家长学校：青春期心理"));
    var day = app.openDays().schedule(leader, new org.jiaolianti.application.openday.port.in.OpenDaysUseCase
        .ScheduleCommand(schoolId, org.jiaolianti.domain.openday.OpenDayKind.OPEN_DAY, "春季家长开放日",
            today.plusDays(7), "学校礼堂", null, List.of(
                new org.jiaolianti.application.openday.port.in.OpenDaysUseCase.SlotCommand(
                    java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 30), 40),
                new org.jiaolianti.application.openday.port.in.OpenDaysUseCase.SlotCommand(
                    java.time.LocalTime.of(14, 30), java.time.LocalTime.of(16, 0), 40))));
    app.openDays().book(app.access().actor("demo-guardian"), new org.jiaolianti.application.openday.port.in
        .OpenDaysUseCase.BookCommand(day.id().value(), day.slots().get(0).id(), studentId));
  }

  /**
   * A screening campaign (心理普测, 五(二)2) of the demo school this term with three results: the demo pupil (her
   * father consents in the app) and two classmates whose fathers' mental-health consents arrived on paper (recorded
   * by the counsellor). Only the counsellor reads the results; the school and the officer see the counts.
   */
  private void screeningDemo(String schoolId, String classId, String studentId) {
    String district = policy.district().value();
    var counsellor = app.access().actor("demo-counsellor");
    app.consents().record(app.access().actor("demo-guardian"), new org.jiaolianti.application.consent.port.in
        .ConsentsUseCase.RecordCommand(studentId, org.jiaolianti.domain.mentalhealth.ConsentPurpose.MENTAL_HEALTH_FILE,
            null, null, null, null));
    List<String> pupils = new ArrayList<>(List.of(studentId));
    String[][] classmates = {{"陈思远", "G350213201705200022", "陈国强", "13800000002"},
        {"黄雨萱", "G350213201708080023", "黄志明", "13800000003"}};
    for (String[] c : classmates) {
      var pupil = app.roster().enrol(new EnrolStudentCommand(district, schoolId, classId, c[0], Gender.MALE,
          LocalDate.of(2017, 5, 20), c[1]));
      var father = app.roster().registerGuardian(new RegisterGuardianCommand(district, c[2], c[3]));
      app.roster().link(new LinkGuardianCommand(district, father.id().value(), pupil.id().value(),
          GuardianRelation.FATHER));
      app.consents().record(counsellor, new org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand(
          pupil.id().value(), org.jiaolianti.domain.mentalhealth.ConsentPurpose.MENTAL_HEALTH_FILE,
          org.jiaolianti.domain.mentalhealth.GrantorKind.GUARDIAN, father.id().value(), null, null));
      pupils.add(pupil.id().value());
    }
    LocalDate today = LocalDate.now(policy.document().timeZone());
    var campaign = app.screenings().create(counsellor, new org.jiaolianti.application.screening.port.in
        .ScreeningsUseCase.CreateCampaignCommand(schoolId, termOf(today), "PHQ9", today.minusDays(7),
            today.plusDays(7)));
    List<String> scores = List.of("3", "7", "12");
    List<org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ResultRow> rows = new ArrayList<>();
    for (int i = 0; i < pupils.size(); i++) {
      rows.add(new org.jiaolianti.application.screening.port.in.ScreeningsUseCase.ResultRow(pupils.get(i),
          new java.math.BigDecimal(scores.get(i)), today));
    }
    app.screenings().importResults(counsellor, campaign.id().value(), new org.jiaolianti.application.screening.port
        .in.ScreeningsUseCase.ImportResultsCommand(rows));
  }

  /**
   * A 一生一档 file (五(二)2) for the demo pupil, in demo-counsellor's caseload, opened with the guardian's
   * MENTAL_HEALTH_FILE consent at a level that raises demo-teacher's "needs attention" flag, with one observation
   * whose follow-up is two days overdue: {@code /api/v1/mental-health-files} (demo-counsellor, demo-mh-officer),
   * {@code /attention} (demo-teacher), {@code /summary} (demo-guardian) and {@code /overdue-follow-ups} show data.
   */
  private void mentalHealthFileDemo(String schoolId, String studentId) {
    var counsellor = app.access().actor("demo-counsellor");
    // demo-counsellor holds the school's full-time post and is its mental-health lead (五(二)3): the lead sees the
    // overdue follow-ups and is alerted of them and of break-glass on the school's students
    app.counsellors().register(app.access().actor("demo-admin"), new org.jiaolianti.application.counsellor.port.in
        .CounsellorsUseCase.RegisterCommand(schoolId, counsellor.userId().value(),
            org.jiaolianti.domain.mentalhealth.PostKind.FULL_TIME, true, LocalDate.of(2025, 9, 1), null));
    // the guardian's MENTAL_HEALTH_FILE consent is recorded by screeningDemo
    var files = app.mentalHealthFiles();
    var file = files.open(counsellor, new org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase
        .OpenCommand(studentId, org.jiaolianti.domain.mentalhealth.FileTrigger.OBSERVATION, "ATTENTION",
            java.util.Set.of("STUDY_PRESSURE"), "班主任反映近两周上课注意力不集中，作业拖延。", null));
    LocalDate today = LocalDate.now(policy.document().timeZone());
    files.record(counsellor, file.id().value(), new org.jiaolianti.application.mentalhealth.port.in
        .MentalHealthFilesUseCase.RecordCommand(org.jiaolianti.domain.mentalhealth.CareKind.OBSERVATION,
            today.minusDays(7), "课间独处较多，午饭进食偏少；与本人简短交流，情绪尚稳定。", null, today.minusDays(2)));
  }
}
