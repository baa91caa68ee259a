package org.jiaolianti.application;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.AccessService;
import org.jiaolianti.application.activity.ActivityService;
import org.jiaolianti.application.activity.port.in.ActivityQueries;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase;
import org.jiaolianti.application.alert.AlertDispatcher;
import org.jiaolianti.application.alert.AlertService;
import org.jiaolianti.application.alert.Alerting;
import org.jiaolianti.application.alert.port.in.AlertsUseCase;
import org.jiaolianti.application.alert.port.in.DispatchAlertsUseCase;

import org.jiaolianti.application.homeschool.NoticeDispatcher;
import org.jiaolianti.application.homeschool.NoticeService;
import org.jiaolianti.application.homeschool.port.in.AnswerNoticeUseCase;
import org.jiaolianti.application.homeschool.port.in.DispatchNoticesUseCase;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase;
import org.jiaolianti.application.homeschool.port.out.NoticeChannel;
import org.jiaolianti.application.messaging.ConversationService;
import org.jiaolianti.application.messaging.FeedbackService;
import org.jiaolianti.application.messaging.OfficeHoursService;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase;
import org.jiaolianti.application.guidance.GuidanceService;
import org.jiaolianti.application.guidance.SharedResourceService;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase;
import org.jiaolianti.application.guidance.port.in.SharedResourcesUseCase;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.audit.AuditService;
import org.jiaolianti.application.audit.port.in.AuditUseCase;
import org.jiaolianti.application.homevisit.HomeVisitService;
import org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase;
import org.jiaolianti.application.mentor.ParentMentorService;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase;
import org.jiaolianti.application.report.HomeSchoolReportService;
import org.jiaolianti.application.report.MentalHealthReportService;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase;
import org.jiaolianti.application.instructor.InstructorService;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase;
import org.jiaolianti.application.openday.OpenDayService;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase;
import org.jiaolianti.application.consent.ConsentService;
import org.jiaolianti.application.consent.port.in.ConsentCheck;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase;
import org.jiaolianti.application.breakglass.BreakGlassCheck;
import org.jiaolianti.application.breakglass.BreakGlassService;
import org.jiaolianti.application.breakglass.port.in.CloseExpiredBreakGlassUseCase;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase;
import org.jiaolianti.application.screening.ScreeningService;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase;
import org.jiaolianti.application.referral.ReferralService;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase;
import org.jiaolianti.application.counsellor.CounsellorService;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase;
import org.jiaolianti.application.healthvp.HealthVicePrincipalService;
import org.jiaolianti.application.mentalhealth.MentalHealthFileService;
import org.jiaolianti.application.mentalhealth.OverdueFollowUpFlagger;
import org.jiaolianti.application.mentalhealth.port.in.FlagOverdueFollowUpsUseCase;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase;
import org.jiaolianti.application.performance.PerformanceNoteService;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase;
import org.jiaolianti.application.milestone.MilestoneService;
import org.jiaolianti.application.milestone.port.in.CloseYearUseCase;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase;
import org.jiaolianti.application.organization.AllianceFacts;
import org.jiaolianti.application.organization.AllianceStatusService;
import org.jiaolianti.application.organization.CommitteeService;
import org.jiaolianti.application.organization.DockingAgreementService;
import org.jiaolianti.application.organization.ImportDistrictService;
import org.jiaolianti.application.organization.OrganizationService;
import org.jiaolianti.application.organization.ZoneService;
import org.jiaolianti.application.organization.port.in.AllianceStatusUseCase;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase;
import org.jiaolianti.application.people.RosterImportService;
import org.jiaolianti.application.people.RosterService;
import org.jiaolianti.application.people.StudentProfileService;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase;
import org.jiaolianti.application.people.UserService;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase;
import org.jiaolianti.application.people.port.in.RosterImportUseCase;
import org.jiaolianti.application.policy.PolicyQueryService;
import org.jiaolianti.application.policy.port.in.QueryPolicyUseCase;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.domain.policy.Policy;

/**
 * The use cases wired over one {@link Storage} and a {@link Clock}: what an embedding system holds.
 * Plain constructor injection, no container; an app's composition root builds one of these.
 */
public final class Jiaolianti {

  private final Storage storage;
  private final QueryPolicyUseCase policy;
  private final OrganizationService organization;
  private final ZoneService zones;
  private final CommitteeService committees;
  private final DockingAgreementService agreements;
  private final ImportDistrictService districtImport;
  private final AllianceStatusService allianceStatus;
  private final UserService users;
  private final RosterService roster;
  private final RosterImportService rosterImport;
  private final MilestoneService milestones;
  private final AccessService access;
  private final ActivityService activities;
  private final ConversationService conversations;
  private final OfficeHoursService officeHours;
  private final FeedbackService feedback;
  private final PerformanceNoteService performanceNotes;
  private final ParentMentorService parentMentors;
  private final HomeSchoolReportService homeSchoolReport;
  private final GuidanceService guidance;
  private final SharedResourceService sharedResources;
  private final InstructorService instructors;
  private final OpenDayService openDays;
  private final Audit audit;
  private final AuditService auditTrail;
  private final HomeVisitService homeVisits;
  private final ConsentService consents;
  private final HealthVicePrincipalService healthVicePrincipals;
  private final CounsellorService counsellors;
  private final BreakGlassService breakGlass;
  private final StudentProfileService studentProfiles;
  private final ScreeningService screenings;
  private final AlertService alerting;
  private final AlertDispatcher alertDispatcher;
  private final ReferralService referrals;
  private final MentalHealthFileService mentalHealthFiles;
  private final OverdueFollowUpFlagger overdueFollowUps;
  private final MentalHealthReportService mentalHealthReport;

  private final NoticeService notices;
  private final NoticeDispatcher noticeDispatcher;

  /** With in-app notice delivery only ({@link NoticeChannel#IN_APP_ONLY}). */
  public Jiaolianti(Storage storage, Clock clock) {
    this(storage, clock, NoticeChannel.IN_APP_ONLY);
  }

  /** With {@code noticeChannel} as the outbound channel (SMS, WeChat, e-mail) the notice dispatcher feeds. */
  public Jiaolianti(Storage storage, Clock clock, NoticeChannel noticeChannel) {
    this(storage, clock, noticeChannel, Safeguards.ephemeral());
  }

  /** With the deployment's audit retention and field-encryption keys ({@link Safeguards}). */
  public Jiaolianti(Storage storage, Clock clock, NoticeChannel noticeChannel, Safeguards safeguards) {
    requireNonNull(safeguards, "safeguards");
    this.storage = requireNonNull(storage, "storage");
    requireNonNull(clock, "clock");
    CommandValidator validator = new CommandValidator();
    var tx = storage.transactions();
    // first: the use cases below record their reads and writes on it
    this.audit = new Audit(storage.auditTrail(), tx, clock);
    this.policy = new PolicyQueryService(storage.policies());
    this.organization = new OrganizationService(storage.policies(), storage.towns(), storage.schools(), storage.zones(),
        storage.partners(), storage.committeeMembers(), storage.agreements(), tx, validator);
    this.zones = new ZoneService(storage.zones(), storage.schools(), tx, clock, validator);
    this.committees = new CommitteeService(storage.committeeMembers(), storage.schools(), tx, clock, validator);
    this.agreements = new DockingAgreementService(storage.agreements(), storage.partners(), storage.schools(), tx, clock,
        validator);
    this.districtImport = new ImportDistrictService(storage.policies(), storage.towns(), storage.schools(),
        storage.zones(), storage.partners(), storage.committeeMembers(), storage.agreements(), tx, validator);
    AllianceFacts facts = new AllianceFacts(storage.schools(), storage.zones(), storage.committeeMembers(),
        storage.partners(), storage.agreements());
    this.allianceStatus = new AllianceStatusService(storage.policies(), storage.schools(), facts, tx);
    this.users = new UserService(storage.policies(), storage.users(), storage.roleAssignments(), storage.roster(),
        storage.schools(), storage.zones(), storage.partners(), tx, clock, validator);
    this.roster = new RosterService(storage.roster(), storage.schools(), tx, validator);
    this.rosterImport = new RosterImportService(storage.roster(), storage.schools(), tx, clock);
    this.milestones = new MilestoneService(storage.policies(), storage.schools(), storage.zones(), storage.towns(), facts,
        storage.typicalCases(), storage.exchangeEvents(), storage.yearClosings(), tx, clock, validator);
    this.access = new AccessService(storage.users(), storage.roleAssignments(), storage.policies(), storage.zones(),
        storage.partners(), storage.agreements(), storage.roster(), tx, clock);
    this.activities = new ActivityService(storage.policies(), storage.activities(), storage.schools(), storage.zones(),
        storage.partners(), storage.roster(), access, tx, clock, validator);

    this.notices = new NoticeService(storage.notices(), storage.noticeOutbox(), storage.roster(), storage.schools(),
        storage.policies(), access, tx, clock, validator);
    this.noticeDispatcher = new NoticeDispatcher(storage.noticeOutbox(), storage.notices(), storage.roster(),
        requireNonNull(noticeChannel, "noticeChannel"), tx, clock);
    this.conversations = new ConversationService(storage.conversations(), storage.messages(), storage.roster(),
        access, tx, clock, validator);
    this.officeHours = new OfficeHoursService(storage.officeHours(), storage.roster(), storage.users(),
        storage.roleAssignments(), access, tx, validator);
    this.feedback = new FeedbackService(storage.feedbackItems(), storage.schools(), storage.users(),
        storage.policies(), access, tx, clock, validator);
    this.performanceNotes = new PerformanceNoteService(storage.performanceNotes(), storage.noteReads(),
        storage.roster(), access, tx, clock, validator, audit);
    this.parentMentors = new ParentMentorService(storage.parentMentors(), storage.schools(), storage.roster(),
        access, tx, clock, validator);
    this.homeSchoolReport = new HomeSchoolReportService(storage.schools(), storage.zones(), storage.roster(),
        storage.notices(), storage.activities(), storage.feedbackItems(), storage.parentMentors(), storage.guidanceItems(),
        storage.policies(), access, tx);
    this.guidance = new GuidanceService(storage.guidanceItems(), storage.schools(), storage.roster(), access, tx,
        clock, validator);
    this.sharedResources = new SharedResourceService(storage.sharedResources(), storage.schools(), access, tx, clock,
        validator);
    this.instructors = new InstructorService(storage.instructors(), storage.schools(), storage.partners(),
        storage.users(), access, tx, clock, validator);
    this.openDays = new OpenDayService(storage.openDays(), storage.schools(), storage.roster(), access, tx, clock,
        validator);
    this.auditTrail = new AuditService(storage.auditTrail(), audit, access, tx, validator,
        safeguards.auditRetention(), clock);
    this.consents = new ConsentService(storage.consents(), storage.roster(), access, tx, clock, validator);
    this.healthVicePrincipals = new HealthVicePrincipalService(storage.healthVicePrincipals(), storage.schools(),
        storage.partners(), access, tx, clock, validator);
    this.counsellors = new CounsellorService(storage.counsellorTeam(), storage.schools(), storage.users(),
        storage.roleAssignments(), storage.policies(), access, tx, clock, validator);
    this.alerting = new AlertService(storage.alerts(), storage.roster(), storage.users(), access, tx, clock);
    this.alertDispatcher = new AlertDispatcher(storage.alerts(), storage.roster(), noticeChannel, tx, clock);
    this.breakGlass = new BreakGlassService(storage.breakGlassAccesses(), storage.roster(), storage.counsellorTeam(),
        storage.policies(), access, audit, tx, clock, validator, alerting, safeguards.fieldCipher());
    this.homeVisits = new HomeVisitService(storage.homeVisits(), storage.roster(), storage.users(), access, audit,
        safeguards.fieldCipher(), tx, clock, validator, breakGlass);
    this.studentProfiles = new StudentProfileService(storage.roster(), storage.schools(), access, audit, tx);
    this.screenings = new ScreeningService(storage.screeningCampaigns(), storage.screeningResults(),
        storage.schools(), storage.roster(), storage.policies(), consents, access, audit, tx, clock, validator);
    this.referrals = new ReferralService(storage.referrals(), storage.mentalHealthFiles(), storage.roster(),
        storage.schools(), storage.partners(), consents, storage.policies(), access, audit, safeguards.fieldCipher(),
        alerting, tx, clock, validator);
    this.mentalHealthFiles = new MentalHealthFileService(storage.mentalHealthFiles(), storage.careRecords(),
        storage.roster(), storage.users(), storage.roleAssignments(), storage.counsellorTeam(), storage.policies(),
        access, consents, breakGlass, audit, safeguards.fieldCipher(), tx, clock, validator);
    this.overdueFollowUps = new OverdueFollowUpFlagger(storage.careRecords(), storage.mentalHealthFiles(),
        storage.counsellorTeam(), storage.policies(), alerting, tx, clock);
    this.mentalHealthReport = new MentalHealthReportService(storage.schools(), storage.zones(), storage.roster(),
        storage.mentalHealthFiles(), storage.careRecords(), storage.screeningCampaigns(), storage.screeningResults(),
        storage.referrals(), storage.policies(), access, audit, clock);
  }

  /** Makes a loaded policy (from a seed) its district's active policy. */
  public Jiaolianti activate(Policy policy) {
    storage.policies().activate(policy);
    return this;
  }

  public QueryPolicyUseCase policy() {
    return policy;
  }

  public RegisterOrganizationUseCase register() {
    return organization;
  }

  public OrganizationQueries organization() {
    return organization;
  }

  public ManageZonesUseCase zones() {
    return zones;
  }

  public ManageCommitteeUseCase committees() {
    return committees;
  }

  public ManageDockingAgreementsUseCase agreements() {
    return agreements;
  }

  /** Imports a district's towns, schools, partners, zones, committee members and agreements at once. */
  public ImportDistrictUseCase importDistrict() {
    return districtImport;
  }

  public AllianceStatusUseCase allianceStatus() {
    return allianceStatus;
  }

  public ManageUsersUseCase users() {
    return users;
  }

  public ManageRosterUseCase roster() {
    return roster;
  }

  /** Imports classes, students, guardians and links from a school registry export (dry run or all-or-nothing). */
  public RosterImportUseCase rosterImport() {
    return rosterImport;
  }

  public RecordMilestoneEvidenceUseCase milestoneEvidence() {
    return milestones;
  }

  public MilestoneReportUseCase milestoneReports() {
    return milestones;
  }

  public CloseYearUseCase yearClosing() {
    return milestones;
  }

  /** 活动报名: create activities and draw lotteries. */
  public ManageActivitiesUseCase manageActivities() {
    return activities;
  }

  /** 活动报名: register students (idempotent per activity and student) and cancel registrations. */
  public RegisterForActivityUseCase activityRegistration() {
    return activities;
  }

  public ActivityQueries activities() {
    return activities;
  }

  /** Publishing notices to guardians and reminding the unread (家校互动, 五(一)2). */
  public PublishNoticeUseCase publishNotices() {
    return notices;
  }

  /** Notices with their receipt statistics, for staff. */
  public NoticeQueries notices() {
    return notices;
  }

  /** A guardian's inbox: read, confirm, sign. */
  public AnswerNoticeUseCase noticeInbox() {
    return notices;
  }

  /** Sends the outbox's due deliveries through the notice channel; run it on a schedule. */
  public DispatchNoticesUseCase noticeDispatcher() {
    return noticeDispatcher;
  }

  /** Authorization: the signed-in actor per request, the one decision function, and list visibility. */
  public AccessControl access() {
    return access;
  }

  /** Teacher–guardian conversations about one student (五(一)2). */
  public ConverseUseCase conversations() {
    return conversations;
  }

  /** Teachers' office hours. */
  public OfficeHoursUseCase officeHours() {
    return officeHours;
  }

  /** Guardians' feedback to schools (三(三)3). */
  public FeedbackUseCase feedback() {
    return feedback;
  }

  /** In-school performance notes (五(一)2). */
  public PerformanceNotesUseCase performanceNotes() {
    return performanceNotes;
  }

  /** Parent mentors (家长导师, 五(一)3). */
  public ParentMentorsUseCase parentMentors() {
    return parentMentors;
  }

  /** The home–school report per school, zone and district over a date range (数据分析). */
  public HomeSchoolReportUseCase homeSchoolReport() {
    return homeSchoolReport;
  }

  /** The family-education guidance column (家庭教育指导专栏, 五(一)2). */
  public GuidanceUseCase guidance() {
    return guidance;
  }

  /** Resources shared between schools (资源共享, 五(一)2). */
  public SharedResourcesUseCase sharedResources() {
    return sharedResources;
  }

  /** Family-education instructors (家庭教育指导师, 五(一)4) and their service log. */
  public InstructorsUseCase instructors() {
    return instructors;
  }

  /** Parent open days (家长开放日, 五(一)3) and reception days (家长接待日, 三(三)2) with bookable slots. */
  public OpenDaysUseCase openDays() {
    return openDays;
  }

  /** Records accesses to sensitive data in the audit trail (for use cases built on this facade). */
  public Audit audit() {
    return audit;
  }

  /** The audit trail: list, verify, purge (AUDITOR; 五(二)). */
  public AuditUseCase auditTrail() {
    return auditTrail;
  }

  /** Home visits (家访, 五(一)3): need-to-know, the note encrypted at rest, every read audited. */
  public HomeVisitsUseCase homeVisits() {
    return homeVisits;
  }

  /** Consents per student and purpose (同意, PIPL Art. 31; guarding 五(二)1–2). */
  public ConsentsUseCase consents() {
    return consents;
  }

  /** Whether a consent is in force (for the mental-health use cases, after their own access check). */
  public ConsentCheck consentCheck() {
    return consents;
  }

  /** Health vice-principals (健康副校长, 三(二)5) and the schools without one. */
  public HealthVicePrincipalsUseCase healthVicePrincipals() {
    return healthVicePrincipals;
  }

  /** The counsellor team (心理健康教师队伍, 五(二)3): posts, training records and the coverage report. */
  public CounsellorsUseCase counsellors() {
    return counsellors;
  }

  /** Break-glass access (五(二)2). */
  public BreakGlassUseCase breakGlass() {
    return breakGlass;
  }

  /** Whether an actor holds an active break-glass access to a student now (for other use cases). */
  public BreakGlassCheck breakGlassCheck() {
    return breakGlass;
  }

  /** Writes the STOP event of break-glass accesses that expired unstopped (五(二)2); run it on a schedule. */
  public CloseExpiredBreakGlassUseCase breakGlassExpiry() {
    return breakGlass;
  }

  /** Full student profiles (学生完整档案): need-to-know from the roster, every read audited (五(二)). */
  public StudentProfileUseCase studentProfiles() {
    return studentProfiles;
  }

  /** Screening campaigns and results (心理普测, 五(二)2): results audited, per student only to counsellors. */
  public ScreeningsUseCase screenings() {
    return screenings;
  }

  /** Raises alerts for other use cases, in their transaction (to a user; to a student's guardians). */
  public Alerting alerting() {
    return alerting;
  }

  /** The signed-in user's own alerts: list and mark read. */
  public AlertsUseCase alerts() {
    return alerting;
  }

  /** Sends guardian alerts through the notice channel; run it on a schedule next to {@link #noticeDispatcher()}. */
  public DispatchAlertsUseCase alertDispatcher() {
    return alertDispatcher;
  }

  /** The crisis referral green channel (五(二)1). */
  public ReferralsUseCase referrals() {
    return referrals;
  }

  /** Mental-health files (一生一档, 五(二)2): notes encrypted at rest, need-to-know, every read and write audited. */
  public MentalHealthFilesUseCase mentalHealthFiles() {
    return mentalHealthFiles;
  }

  /** Alerts schools' mental-health leads of overdue follow-ups (五(二)2); run it on a schedule. */
  public FlagOverdueFollowUpsUseCase overdueFollowUpFlagger() {
    return overdueFollowUps;
  }

  /** The mental-health report (aggregates only, small counts suppressed; every read audited). */
  public MentalHealthReportUseCase mentalHealthReport() {
    return mentalHealthReport;
  }
}
