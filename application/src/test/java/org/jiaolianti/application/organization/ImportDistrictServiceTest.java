package org.jiaolianti.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiaolianti.application.testing.Scenario.HULI;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.AgreementRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.CommitteeMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportDistrictCommand;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportResult;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.PartnerRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.SchoolRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.TownRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneRow;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** A district's structure imported in one call: everything checked first, then all written or nothing. */
class ImportDistrictServiceTest {

  private static final LocalDate OPENED = LocalDate.of(2010, 9, 1);

  private final Scenario scenario = new Scenario();

  // --- rows --------------------------------------------------------------------------------------------

  private static TownRow town(String code, String name) {
    return new TownRow(code, name, TownKind.TOWN);
  }

  private static SchoolRow school(String code, String name, String town) {
    return new SchoolRow(code, name, SchoolType.PRIMARY, town, OPENED);
  }

  private static PartnerRow community(String name, String town) {
    return new PartnerRow(PartnerKind.COMMUNITY, name, null, town, null);
  }

  private static PartnerRow department(String name, UnitCode unit) {
    return new PartnerRow(PartnerKind.DEPARTMENT, name, unit.value(), null, null);
  }

  private static ZoneRow zone(String name, String leadCode, ZoneMemberRow... members) {
    return new ZoneRow(name, leadCode, name + "协调办公室", ISSUED, List.of(members));
  }

  private static ZoneMemberRow member(String schoolCode, LocalDate from) {
    return new ZoneMemberRow(schoolCode, from, null);
  }

  private static CommitteeMemberRow committeeMember(String schoolCode, CommitteeMemberKind kind) {
    return new CommitteeMemberRow(schoolCode, kind.label().zh() + "成员", kind, null, ISSUED, null);
  }

  private static AgreementRow agreement(String partnerName, String schoolCode, Collaboration... collaborations) {
    return new AgreementRow(partnerName, schoolCode, Set.of(collaborations), "共建共育", "定期联席会议", "联络人",
        "0592-7000000", ISSUED, null);
  }

  /** A small valid district; a test replaces a row to break it. */
  private static final class Rows {
    final List<TownRow> towns = new ArrayList<>(List.of(town("350213001", "新店镇"), town("350213002", "马巷街道")));
    final List<SchoolRow> schools = new ArrayList<>(List.of(
        school("3502130001", "新店中心小学", "350213001"),
        school("3502130002", "欧厝小学", "350213001"),
        new SchoolRow("3502130003", "马巷中学", SchoolType.JUNIOR_SECONDARY, "350213002", OPENED)));
    final List<PartnerRow> partners = new ArrayList<>(List.of(
        community("新店社区", "350213001"),
        department("公安局翔安分局", TestPolicies.PUBLIC_SECURITY),
        new PartnerRow(PartnerKind.SOCIAL_RESOURCE_UNIT, "翔安区科技馆", null, null, SocialResourceKind.CULTURAL_VENUE)));
    final List<ZoneRow> zones = new ArrayList<>(List.of(
        zone("新店实验区", "3502130001", member("3502130002", ISSUED))));
    final List<CommitteeMemberRow> members = new ArrayList<>(Arrays.stream(CommitteeMemberKind.values())
        .map(kind -> committeeMember("3502130001", kind)).toList());
    final List<AgreementRow> agreements = new ArrayList<>(List.of(
        agreement("新店社区", "3502130001", Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION,
            Collaboration.VENUE_SCHOOL),
        agreement("公安局翔安分局", "3502130001", Collaboration.POLICE_SCHOOL),
        agreement("公安局翔安分局", "3502130002", Collaboration.POLICE_SCHOOL),
        agreement("公安局翔安分局", "3502130003", Collaboration.POLICE_SCHOOL)));

    ImportDistrictCommand command() {
      return new ImportDistrictCommand("350213", towns, schools, partners, zones, members, agreements);
    }
  }

  private final Rows rows = new Rows();

  private ImportResult importRows() {
    return scenario.app.importDistrict().importDistrict(rows.command());
  }

  private InvalidInputException invalid() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, this::importRows);
    assertThat(e).as("an invalid-input error").isNotNull();
    return e;
  }

  private RuleViolationException refused() {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, this::importRows);
    assertThat(e).as("a rule violation").isNotNull();
    return e;
  }

  /** Everything stored in {@code district}, kind by kind, to show that a refused import wrote nothing. */
  private List<List<?>> stored(DistrictCode district) {
    Storage s = scenario.storage;
    return List.of(s.towns().all(district), s.schools().all(district), s.partners().all(district),
        s.zones().all(district), s.committeeMembers().all(district), s.agreements().all(district));
  }

  private static FieldError only(InvalidInputException e) {
    assertThat(e.errors()).hasSize(1);
    return e.errors().get(0);
  }

  // --- a good import -----------------------------------------------------------------------------------

  @Test
  void aWholeDistrictIsWrittenAndReadsBackThroughTheQueries() {
    ImportResult result = importRows();

    assertThat(result.towns()).isEqualTo(2);
    assertThat(result.schools()).isEqualTo(3);
    assertThat(result.partners()).isEqualTo(3);
    assertThat(result.zones()).isEqualTo(1);
    assertThat(result.zoneMemberships()).isEqualTo(2);
    assertThat(result.committeeMembers()).isEqualTo(4);
    assertThat(result.agreements()).isEqualTo(4);

    var org = scenario.app.organization();
    assertThat(org.towns(XIANGAN)).extracting(t -> t.code().value(), Town::name)
        .containsExactly(tuple("350213001", "新店镇"),
            tuple("350213002", "马巷街道"));
    List<School> schools = org.schools(XIANGAN);
    assertThat(schools).extracting(School::code).containsExactly("3502130001", "3502130002", "3502130003");
    assertThat(schools).extracting(School::id).containsExactlyElementsOf(
        List.of(result.schoolIds().get("3502130001"), result.schoolIds().get("3502130002"),
            result.schoolIds().get("3502130003")));
    assertThat(schools.get(2).type()).isEqualTo(SchoolType.JUNIOR_SECONDARY);
    assertThat(schools.get(2).town()).isEqualTo(TownCode.of("350213002"));

    Map<String, Partner> partners = org.partners(XIANGAN).stream()
        .collect(Collectors.toMap(Partner::name, p -> p));
    assertThat(partners).containsOnlyKeys("新店社区", "公安局翔安分局", "翔安区科技馆");
    assertThat(partners.get("新店社区").town()).isEqualTo(TownCode.of("350213001"));
    assertThat(partners.get("公安局翔安分局").unit()).isEqualTo(TestPolicies.PUBLIC_SECURITY);
    assertThat(partners.get("翔安区科技馆").resourceKind()).isEqualTo(SocialResourceKind.CULTURAL_VENUE);
    assertThat(result.partnerIds()).containsOnlyKeys(partners.keySet());
    partners.values().forEach(p -> assertThat(result.partnerIds().get(p.name())).isEqualTo(p.id()));

    SchoolId lead = result.schoolIds().get("3502130001");
    SchoolId other = result.schoolIds().get("3502130002");
    Zone zone = org.zone(XIANGAN, result.zoneIds().get("新店实验区"));
    assertThat(zone.name()).isEqualTo("新店实验区");
    assertThat(zone.leadSchool()).isEqualTo(lead);
    assertThat(zone.coordinationOffice()).contains("新店实验区协调办公室");
    assertThat(zone.membersOn(ISSUED)).containsExactlyInAnyOrder(lead, other);

    assertThat(org.committee(XIANGAN, lead)).extracting(CommitteeMember::kind)
        .containsExactlyInAnyOrder(CommitteeMemberKind.values());
    assertThat(org.agreements(XIANGAN, lead)).extracting(DockingAgreement::partner)
        .containsExactlyInAnyOrder(partners.get("新店社区").id(), partners.get("公安局翔安分局").id());
    assertThat(org.agreements(XIANGAN, other)).singleElement().satisfies(a -> {
      assertThat(a.collaborations()).containsExactly(Collaboration.POLICE_SCHOOL);
      assertThat(a.period()).isEqualTo(DateRange.from(ISSUED));
    });
    // The imported records count like registered ones: the lead school has established its 教联体.
    assertThat(scenario.app.allianceStatus().status(XIANGAN, lead, ISSUED.plusDays(9)).result().established()).isTrue();
  }

  @Test
  void rowsMayReferToRecordsAlreadyStoredInTheDistrict() {
    Town storedTown = scenario.town(XIANGAN, "350213009", "内厝镇");
    School storedSchool = scenario.school("3502130009", "内厝中心小学", storedTown);
    Partner storedCommunity = scenario.community("内厝社区", storedTown);
    rows.towns.clear();
    rows.partners.clear();
    rows.members.clear();
    rows.schools.clear();
    rows.schools.add(school("3502130010", "内厝第二小学", "350213009"));
    rows.zones.set(0, zone("内厝实验区", "3502130009", member("3502130010", ISSUED)));
    rows.agreements.clear();
    rows.agreements.add(agreement("内厝社区", "3502130009", Collaboration.COMMUNITY_EDUCATION));
    rows.agreements.add(agreement("内厝社区", "3502130010", Collaboration.COMMUNITY_EDUCATION));

    ImportResult result = importRows();

    assertThat(result.schoolIds()).containsOnlyKeys("3502130010");
    SchoolId newSchool = result.schoolIds().get("3502130010");
    Zone zone = scenario.app.organization().zone(XIANGAN, result.zoneIds().get("内厝实验区"));
    assertThat(zone.leadSchool()).isEqualTo(storedSchool.id());
    assertThat(zone.membersOn(ISSUED)).containsExactlyInAnyOrder(storedSchool.id(), newSchool);
    assertThat(scenario.app.organization().agreements(XIANGAN, storedSchool.id())).singleElement()
        .satisfies(a -> assertThat(a.partner()).isEqualTo(storedCommunity.id()));
    assertThat(result.towns()).isZero();
    assertThat(result.partners()).isZero();
    assertThat(result.agreements()).isEqualTo(2);
  }

  @Test
  void eachKindIsWrittenWithOneBatchedCallInReferenceOrder() {
    List<String> calls = new ArrayList<>();
    Storage s = InMemoryStorage.create();
    Storage counted = s.with(Towns.class, counting(Towns.class, s.towns(), calls))
        .with(Schools.class, counting(Schools.class, s.schools(), calls))
        .with(Zones.class, counting(Zones.class, s.zones(), calls))
        .with(CommitteeMembers.class, counting(CommitteeMembers.class, s.committeeMembers(), calls))
        .with(Partners.class, counting(Partners.class, s.partners(), calls))
        .with(DockingAgreements.class, counting(DockingAgreements.class, s.agreements(), calls));
    Jiaolianti app = new Jiaolianti(counted, Clocks.fixed(Scenario.at(ISSUED))).activate(TestPolicies.xiangan());

    app.importDistrict().importDistrict(rows.command());

    assertThat(calls).containsExactly("Towns.addAll(2)", "Schools.addAll(3)", "Partners.addAll(3)", "Zones.addAll(1)",
        "CommitteeMembers.addAll(4)", "DockingAgreements.addAll(4)");
  }

  /** {@code target} behind {@code port}, noting each write ({@code add…}) made through the port. */
  @SuppressWarnings("unchecked")
  private static <T> T counting(Class<T> port, T target, List<String> calls) {
    return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      if (method.getName().startsWith("add")) {
        calls.add(port.getSimpleName() + "." + method.getName() + "("
            + (args[0] instanceof List<?> list ? list.size() : "1") + ")");
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  @Test
  void aDistrictOfBenchmarkSizeIsImportedWhole() {
    rows.towns.clear();
    rows.schools.clear();
    rows.partners.clear();
    rows.zones.clear();
    rows.members.clear();
    rows.agreements.clear();
    for (int t = 1; t <= 20; t++) {
      rows.towns.add(town(String.format("350213%03d", t), "镇" + t));
      rows.partners.add(community("社区" + t, String.format("350213%03d", t)));
    }
    CommitteeMemberKind[] kinds = CommitteeMemberKind.values();
    for (int i = 0; i < 2000; i++) {
      String code = String.format("35021%05d", i);
      String town = String.format("350213%03d", i % 20 + 1);
      rows.schools.add(school(code, "学校" + i, town));
      for (int k = 0; k < 4; k++) {
        rows.members.add(committeeMember(code, kinds[k]));
      }
      for (int a = 0; a < 3; a++) {
        rows.agreements.add(agreement("社区" + ((i + a) % 20 + 1), code, Collaboration.values()[a]));
      }
    }
    for (int z = 0; z < 100; z++) {
      List<ZoneMemberRow> zoneMembers = new ArrayList<>();
      for (int m = 1; m < 20; m++) {
        zoneMembers.add(member(String.format("35021%05d", z * 20 + m), ISSUED));
      }
      rows.zones.add(new ZoneRow("实验区" + z, String.format("35021%05d", z * 20), null, ISSUED, zoneMembers));
    }

    ImportResult result = importRows();

    assertThat(List.of(result.towns(), result.schools(), result.partners(), result.zones(), result.zoneMemberships(),
        result.committeeMembers(), result.agreements())).containsExactly(20, 2000, 20, 100, 2000, 8000, 6000);
    assertThat(stored(XIANGAN)).extracting(List::size).containsExactly(20, 2000, 20, 100, 8000, 6000);
    assertThat(result.schoolIds()).hasSize(2000);
  }

  // --- bad rows: named, and nothing written -----------------------------------------------------------

  @Test
  void aMalformedSchoolCodeNamesItsRowAndNothingIsWritten() {
    rows.schools.set(1, school("35021300", "欧厝小学", "350213001"));
    rows.zones.set(0, zone("新店实验区", "3502130001", member("3502130002x", ISSUED)));

    InvalidInputException e = invalid();

    assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        tuple("schools[1].code", "Pattern"),
        tuple("zones[0].members[0].schoolCode", "Pattern"));
    assertThat(e.errors().get(0).message().zh()).isEqualTo("须为 10 位学校标识码");
    assertThat(e.errors().get(0).message().en()).isEqualTo("must be the ten-digit national school identifier (学校标识码)");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void aMissingRowOrFieldIsNamedByItsPath() {
    rows.members.set(2, null);
    rows.agreements.set(1, new AgreementRow("公安局翔安分局", "3502130001", Set.of(), " ", "值守", "王警官", "110",
        ISSUED, null));

    InvalidInputException e = invalid();

    assertThat(e.errors()).extracting(FieldError::field)
        .containsExactly("agreements[1].collaborations", "agreements[1].duties", "committeeMembers[2]");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void anUnknownTownIsAnErrorOnTheRow() {
    rows.schools.set(2, school("3502130003", "马巷中学", "350213099"));

    FieldError error = only(invalid());

    assertThat(error.field()).isEqualTo("schools[2].town");
    assertThat(error.code()).isEqualTo("KnownTown");
    assertThat(error.message().zh()).contains("350213099");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void anUnknownPartnerIsAnErrorOnTheRow() {
    rows.agreements.set(3, agreement("公安局翔安分局 ", "3502130003", Collaboration.POLICE_SCHOOL));
    rows.agreements.add(agreement("区卫健局", "3502130003", Collaboration.MEDICAL_EDUCATION));

    FieldError error = only(invalid());

    assertThat(error.field()).isEqualTo("agreements[4].partnerName");
    assertThat(error.code()).isEqualTo("KnownPartner");
    assertThat(error.message().en()).isEqualTo("partner not found: 区卫健局");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void anUnknownSchoolIsAnErrorOnEveryRowNamingIt() {
    rows.members.set(0, committeeMember("3502139999", CommitteeMemberKind.SCHOOL_LEADER));
    rows.zones.set(0, zone("新店实验区", "3502139999"));

    InvalidInputException e = invalid();

    assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        tuple("zones[0].leadSchoolCode", "KnownSchool"),
        tuple("committeeMembers[0].schoolCode", "KnownSchool"));
  }

  @Test
  void aSchoolInTwoZonesAtOnceIsRefusedByThePolicyRule() {
    rows.schools.add(school("3502130004", "新店第二小学", "350213001"));
    rows.zones.add(zone("马巷实验区", "3502130003", member("3502130004", ISSUED),
        member("3502130002", LocalDate.of(2026, 3, 1))));

    RuleViolationException e = refused();

    assertThat(e.decision().rule()).isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    assertThat(e.decision().clause()).isEqualTo(ClauseRef.of("五(一)1"));
    assertThat(e.text().zh()).startsWith("zones[1].members[1].schoolCode：").contains("同一时间只能属于一个实验区");
    assertThat(e.text().en()).startsWith("zones[1].members[1].schoolCode: ");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void aSchoolAlreadyInAStoredZoneCannotLeadAnImportedOneAtTheSameTime() {
    Town storedTown = scenario.town(XIANGAN, "350213009", "内厝镇");
    School storedSchool = scenario.school("3502130009", "内厝中心小学", storedTown);
    scenario.zone("内厝实验区", storedSchool);
    List<List<?>> before = stored(XIANGAN);
    rows.zones.add(zone("另一实验区", "3502130009"));

    RuleViolationException e = refused();

    assertThat(e.decision().rule()).isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    assertThat(e.text().en()).startsWith("zones[1].leadSchoolCode: ");
    assertThat(stored(XIANGAN)).isEqualTo(before);
  }

  @Test
  void aMembershipBeforeItsZoneIsRefusedAndEveryRefusalIsCounted() {
    rows.zones.set(0, zone("新店实验区", "3502130001", member("3502130002", ISSUED.minusDays(1)),
        member("3502130003", ISSUED.minusDays(1))));

    RuleViolationException e = refused();

    assertThat(e.decision().rule()).isEqualTo("MEMBERSHIP_BEFORE_ZONE");
    assertThat(e.decision().clause()).isEqualTo(ClauseRef.of("五(一)1"));
    assertThat(e.text().en()).startsWith("zones[0].members[0].validFrom: ").endsWith("(and 1 more rule violations)");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void anAgreementEndingBeforeItStartsIsInvalid() {
    rows.agreements.set(2, new AgreementRow("公安局翔安分局", "3502130002", Set.of(Collaboration.POLICE_SCHOOL), "护学岗",
        "值守", "王警官", "110", ISSUED, ISSUED.minusDays(1)));
    rows.members.set(1, new CommitteeMemberRow("3502130001", "李老师", CommitteeMemberKind.TEACHER_REP, null, ISSUED,
        ISSUED.minusDays(1)));

    InvalidInputException e = invalid();

    assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        tuple("committeeMembers[1].validTo", "DateOrder"),
        tuple("agreements[2].validTo", "DateOrder"));
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void aSchoolCodeTwiceInTheImportNamesBothRows() {
    rows.schools.add(school("3502130002", "欧厝小学（重复）", "350213002"));

    FieldError error = only(invalid());

    assertThat(error.field()).isEqualTo("schools[3].code");
    assertThat(error.code()).isEqualTo("Duplicate");
    assertThat(error.message().zh()).contains("3502130002", "schools[1]");
    assertThat(error.message().en()).isEqualTo("school code 3502130002 repeats schools[1]");
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void aSchoolCodeAlreadyStoredIsADuplicate() {
    Town storedTown = scenario.town(XIANGAN, "350213009", "内厝镇");
    scenario.school("3502130002", "欧厝小学", storedTown);
    List<List<?>> before = stored(XIANGAN);

    FieldError error = only(invalid());

    assertThat(error.field()).isEqualTo("schools[1].code");
    assertThat(error.code()).isEqualTo("Duplicate");
    assertThat(error.message().en()).isEqualTo("a record with school code 3502130002 already exists");
    assertThat(stored(XIANGAN)).isEqualTo(before);
  }

  @Test
  void theSameCodeInAnotherDistrictIsNeitherADuplicateNorAReference() {
    Town huliTown = scenario.town(HULI, "350206001", "湖里街道");
    scenario.school(HULI, "3502130002", "同码学校", SchoolType.PRIMARY, huliTown);
    scenario.school(HULI, "3502069999", "湖里实验小学", SchoolType.PRIMARY, huliTown);
    rows.members.add(committeeMember("3502069999", CommitteeMemberKind.PARENT_REP));

    FieldError error = only(invalid());

    assertThat(error.field()).isEqualTo("committeeMembers[4].schoolCode");
    assertThat(error.code()).isEqualTo("KnownSchool");

    rows.members.remove(4);
    assertThat(importRows().schoolIds()).containsKey("3502130002");
    assertThat(scenario.app.organization().schools(HULI)).hasSize(2);
  }

  @Test
  void everyBadRowIsListedAtOnce() {
    rows.towns.add(town("350213001", "新店镇（重复）"));
    rows.towns.add(town("350206001", "湖里街道"));
    rows.partners.add(community("新店社区", "350213002"));
    rows.partners.add(new PartnerRow(PartnerKind.DEPARTMENT, "区卫健局", null, null, null));
    rows.partners.add(new PartnerRow(PartnerKind.DEPARTMENT, "区文旅局", "CULTURE_TOURISM", null, null));
    rows.partners.add(new PartnerRow(PartnerKind.COMMUNITY, "无镇社区", null, null, null));
    rows.zones.add(zone("新店实验区", "3502130003"));

    InvalidInputException e = invalid();

    assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        tuple("towns[2].code", "Duplicate"),
        tuple("towns[3].code", "TownInDistrict"),
        tuple("partners[3].name", "Duplicate"),
        tuple("partners[4].unitCode", "NotNull"),
        tuple("partners[5].unitCode", "KnownUnit"),
        tuple("partners[6].town", "NotNull"),
        tuple("zones[1].name", "Duplicate"));
    assertThat(e.errors()).allSatisfy(f -> {
      assertThat(f.message().zh()).isNotBlank();
      assertThat(f.message().en()).isNotBlank();
    });
    assertThat(stored(XIANGAN)).allSatisfy(kind -> assertThat(kind).isEmpty());
  }

  @Test
  void atMostAThousandErrorsAreListedAndTheRestCounted() {
    for (int i = 0; i < 1_200; i++) {
      rows.schools.add(school(String.format("35021%05d", 10_000 + i), "学校" + i, "350213099"));
    }

    InvalidInputException e = invalid();

    assertThat(e.errors()).hasSize(ImportDistrictService.MAX_ERRORS + 1);
    assertThat(e.errors().get(0).field()).isEqualTo("schools[3].town");
    assertThat(e.errors().get(ImportDistrictService.MAX_ERRORS)).satisfies(f -> {
      assertThat(f.field()).isEqualTo("body");
      assertThat(f.code()).isEqualTo("TooManyErrors");
      assertThat(f.message().en()).isEqualTo("200 more errors not listed");
    });
  }

  @Test
  void aPartnerNameHeldByTwoStoredPartnersIsAnAmbiguousReference() {
    Town storedTown = scenario.town(XIANGAN, "350213009", "内厝镇");
    scenario.community("内厝社区", storedTown);
    scenario.community("内厝社区", storedTown);
    rows.agreements.add(agreement("内厝社区", "3502130001", Collaboration.COMMUNITY_EDUCATION));

    FieldError error = only(invalid());

    assertThat(error.field()).isEqualTo("agreements[4].partnerName");
    assertThat(error.code()).isEqualTo("UniquePartner");
  }

  @Test
  void anEmptyImportIsInvalid() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> scenario.app.importDistrict()
        .importDistrict(new ImportDistrictCommand("350213", null, List.of(), null, null, null, null)));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("body");
      assertThat(f.code()).isEqualTo("NotEmpty");
    });
  }

  @Test
  void aDistrictWithoutAPolicyIsNotFoundAndAMissingCommandIsInvalid() {
    assertThatThrownBy(() -> scenario.app.importDistrict().importDistrict(new ImportDistrictCommand("350203",
        List.of(town("350203001", "鼓浪屿街道")), null, null, null, null, null))).isInstanceOf(NotFoundException.class);
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> scenario.app.importDistrict().importDistrict(null))
        .errors()).extracting(FieldError::field).containsExactly("body");
    assertThat(stored(DistrictCode.of("350203"))).allSatisfy(kind -> assertThat(kind).isEmpty());
  }
}
