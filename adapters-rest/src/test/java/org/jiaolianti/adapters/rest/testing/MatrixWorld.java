package org.jiaolianti.adapters.rest.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase.StartCommand;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase.AppointCommand;
import org.jiaolianti.application.homevisit.port.in.HomeVisitsUseCase.RecordVisitCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.homevisit.VisitMode;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * The world of the access matrix: one caller per {@link Role}, each scoped to the "own" side (school A, its class,
 * its child, its zone, a partner docking with it, the clinician the hospital school A refers to; district-wide
 * roles the district), and two {@link Subject}s — own (school A) and foreign (school B, referring to another
 * hospital) — naming the records a row's path and body refer to. A key starting with {@code fresh} makes a new
 * record on every use (for writes that change what they touch: revoke, end, stop, a referral's step). The
 * mental-health files and referrals are {@link MatrixCare}'s.
 */
public final class MatrixWorld implements AutoCloseable {

  private static final String D = RestWorld.DISTRICT;
  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);

  /** Own or foreign: whose records a request names. */
  public enum Side { OWN, FOREIGN }

  /** The ids a row may name, by key; a supplier so that {@code fresh…} keys make a record per request. */
  public static final class Subject {
    private final Map<String, Supplier<String>> ids = new HashMap<>();

    Subject put(String key, Supplier<String> id) {
      ids.put(key, id);
      return this;
    }

    Subject put(String key, String id) {
      return put(key, () -> id);
    }

    public String id(String key) {
      Supplier<String> id = ids.get(key);
      if (id == null) {
        throw new IllegalArgumentException("the matrix world names no '" + key + "'; it has " + ids.keySet());
      }
      return id.get();
    }
  }

  public final RestWorld rest = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
  public final Jiaolianti app = rest.app;
  private final Map<Role, User> callers = new EnumMap<>(Role.class);
  private final Map<Role, String> tokens = new EnumMap<>(Role.class);
  private final Map<Side, Subject> subjects = new EnumMap<>(Side.class);
  private final AtomicInteger serial = new AtomicInteger();
  /** The health bureau: the unit officer's unit, the vice-principals' employer. */
  private final Partner health;
  /** The medical institutions of the green channel: the own side's (the clinician's) and the foreign side's. */
  private final Partner hospital;
  private final Partner hospital2;

  public MatrixWorld() {
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    School a = school("3502130001", "翔安区实验小学");
    School b = school("3502130002", "翔安区第二小学");
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, a.id().value(), 2025, 3, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, b.id().value(), 2025, 3, 1));
    var zone = app.zones().establish(new EstablishZoneCommand(D, "新店实验区", a.id().value(), null, FROM));
    Partner community = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.COMMUNITY,
        "新店社区", null, "350213001", null));
    app.agreements().sign(new SignAgreementsCommand(D, community.id().value(), List.of(a.id().value()),
        Set.of(Collaboration.HOME_SCHOOL), "共同开展家庭教育", "每学期联席会议", "张老师", "0592-7000000", FROM, null));
    health = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.DEPARTMENT, "区卫生健康局",
        "HEALTH_BUREAU", null, null));
    hospital = medicalInstitution("厦门市仙岳医院");
    hospital2 = medicalInstitution("翔安区医院心理科");

    Student childA = student(a, classA);
    Student childB = student(b, classB);
    Guardian guardianA = guardian(childA);
    Guardian guardianB = guardian(childB);

    caller(Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    caller(Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
    caller(Role.UNIT_OFFICER, ScopeType.UNIT, "HEALTH_BUREAU");
    caller(Role.ZONE_COORDINATOR, ScopeType.ZONE, zone.id().value());
    caller(Role.SCHOOL_ADMIN, ScopeType.SCHOOL, a.id().value());
    caller(Role.TEACHER, ScopeType.CLASSES, classA.id().value());
    caller(Role.COUNSELLOR, ScopeType.SCHOOL, a.id().value());
    User parent = rest.guardian(childA, "matrix.guardian", "林妈妈", "13800000101", GuardianRelation.MOTHER);
    callers.put(Role.GUARDIAN, parent);
    tokens.put(Role.GUARDIAN, rest.token(parent));
    caller(Role.PARTNER_STAFF, ScopeType.PARTNER, community.id().value());
    caller(Role.CLINICIAN, ScopeType.INSTITUTION, hospital.id().value());
    caller(Role.AUDITOR, ScopeType.DISTRICT, null);
    caller(Role.USER_ADMIN, ScopeType.DISTRICT, null);
    if (!callers.keySet().equals(Set.of(Role.values()))) {
      throw new IllegalStateException("the matrix world needs a caller for every role: " + callers.keySet());
    }

    // the foreign side's staff (not callers): they record the foreign records
    User adminB = rest.user("matrix.admin.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, b.id().value());
    User teacherB = rest.user("matrix.teacher.b", Role.TEACHER, ScopeType.CLASSES, classB.id().value());
    User counsellorB = rest.user("matrix.counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, b.id().value());
    User clinicianB = rest.user("matrix.clinician.b", Role.CLINICIAN, ScopeType.INSTITUTION, hospital2.id().value());
    String postA = post(a, caller(Role.COUNSELLOR), true);
    String postB = post(b, counsellorB, true);

    Student glassA = student(a, classA);
    Student glassB = student(b, classB);
    subjects.put(Side.OWN, side(a, classA, childA, guardianA, caller(Role.SCHOOL_ADMIN), caller(Role.TEACHER), postA,
        glassA).put("campaign", campaign(a, childA, guardianA, caller(Role.SCHOOL_ADMIN), caller(Role.COUNSELLOR))));
    subjects.put(Side.FOREIGN, side(b, classB, childB, guardianB, adminB, teacherB, postB, glassB)
        .put("campaign", campaign(b, childB, guardianB, adminB, counsellorB)));
    MatrixCare care = new MatrixCare(this);
    care.addTo(subject(Side.OWN), new MatrixCare.Side(a, classA, childA, guardianA, caller(Role.SCHOOL_ADMIN),
        caller(Role.COUNSELLOR), caller(Role.CLINICIAN), hospital, hospital2, glassA));
    care.addTo(subject(Side.FOREIGN), new MatrixCare.Side(b, classB, childB, guardianB, adminB, counsellorB,
        clinicianB, hospital2, hospital, glassB));
  }

  /** {@code glass}: the student of the world's break-glass (not the child, whose file's notes the officer lacks). */
  private Subject side(School school, SchoolClass schoolClass, Student child, Guardian guardian, User admin,
      User classTeacher, String post, Student glass) {
    User officer = caller(Role.DISTRICT_MH_OFFICER);
    return new Subject()
        .put("school", school.id().value())
        .put("class", schoolClass.id().value())
        .put("student", child.id().value())
        .put("guardian", guardian.id().value())
        .put("institution", health.id().value())
        .put("post", post)
        .put("visit", app.homeVisits().record(actor(classTeacher), new RecordVisitCommand(child.id().value(),
            LocalDate.of(2026, 3, 1), VisitMode.IN_PERSON, null, List.of("亲子沟通"), "父母离异，情绪低落", true))
            .visit().id().value())
        .put("glassStudent", glass.id().value())
        .put("breakGlass", app.breakGlass().start(actor(officer), new StartCommand(glass.id().value(),
            "危机评估：需要立即查阅谈话记录")).access().id().value())
        .put("freshStudent", () -> student(school, schoolClass).id().value())
        .put("freshCounsellor", () -> counsellor(school).id().value())
        .put("freshConsent", () -> app.consents().record(actor(admin), new RecordCommand(child.id().value(),
            ConsentPurpose.GENERAL_PROCESSING, GrantorKind.GUARDIAN, guardian.id().value(), null, null)).id().value())
        .put("freshAppointment", () -> app.healthVicePrincipals().appoint(actor(caller(Role.DISTRICT_ADMIN)),
            new AppointCommand(school.id().value(), "林医生" + serial.incrementAndGet(), health.id().value(), "主治医师", FROM, null)).id().value())
        .put("freshPost", () -> post(school, counsellor(school), false))
        .put("freshBreakGlass", () -> app.breakGlass().start(actor(officer), new StartCommand(
            student(school, schoolClass).id().value(), "危机评估：需要立即查阅谈话记录")).access().id().value());
  }

  /** A screening campaign of the school with the child's result (a mental-health consent recorded first). */
  private String campaign(School school, Student child, Guardian guardian, User admin, User counsellor) {
    app.consents().record(actor(admin), new RecordCommand(child.id().value(), ConsentPurpose.MENTAL_HEALTH_FILE,
        GrantorKind.GUARDIAN, guardian.id().value(), null, null));
    var campaign = app.screenings().create(actor(counsellor), new ScreeningsUseCase.CreateCampaignCommand(
        school.id().value(), "2025-2026-2", "PHQ9", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    app.screenings().importResults(actor(counsellor), campaign.id().value(), new ScreeningsUseCase.ImportResultsCommand(
        List.of(new ScreeningsUseCase.ResultRow(child.id().value(), new java.math.BigDecimal("12"),
            LocalDate.of(2026, 3, 2)))));
    return campaign.id().value();
  }

  public Subject subject(Side side) {
    return subjects.get(side);
  }

  public String token(Role role) {
    return tokens.get(role);
  }

  public User caller(Role role) {
    return callers.get(role);
  }

  public HttpTestServer server() {
    return rest.server;
  }

  public Actor actor(User user) {
    return app.access().actor(user.username());
  }

  private void caller(Role role, ScopeType scope, String reference) {
    User u = rest.user("matrix." + role.name().toLowerCase(java.util.Locale.ROOT), role, scope, reference);
    callers.put(role, u);
    tokens.put(role, rest.token(u));
  }

  private School school(String code, String name) {
    return app.register().registerSchool(new RegisterSchoolCommand(D, code, name, SchoolType.PRIMARY, "350213001",
        LocalDate.of(2010, 9, 1)));
  }

  private Partner medicalInstitution(String name) {
    return app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.SOCIAL_RESOURCE_UNIT, name, null,
        null, SocialResourceKind.MEDICAL_INSTITUTION));
  }

  Student student(School school, SchoolClass schoolClass) {
    int n = serial.incrementAndGet();
    return app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), schoolClass.id().value(), "学生" + n,
        Gender.FEMALE, LocalDate.of(2017, 5, 6), String.format("G35021320170506%04d", n)));
  }

  Guardian guardian(Student child) {
    int n = serial.incrementAndGet();
    Guardian g = app.roster().registerGuardian(new RegisterGuardianCommand(D, "家长" + n,
        String.format("139%08d", n)));
    app.roster().link(new LinkGuardianCommand(D, g.id().value(), child.id().value(), GuardianRelation.FATHER));
    return g;
  }

  User counsellor(School school) {
    return rest.user("matrix.counsellor." + serial.incrementAndGet(), Role.COUNSELLOR, ScopeType.SCHOOL,
        school.id().value());
  }

  private String post(School school, User counsellor, boolean lead) {
    return app.counsellors().register(actor(caller(Role.DISTRICT_ADMIN)), new RegisterCommand(school.id().value(),
        counsellor.id().value(), lead ? PostKind.FULL_TIME : PostKind.PART_TIME, lead, FROM, null)).id().value();
  }

  @Override
  public void close() {
    rest.close();
  }
}
