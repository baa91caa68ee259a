package org.jiaolianti.examples.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.AgreementRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.CommitteeMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportDistrictCommand;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.PartnerRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.SchoolRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.TownRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneRow;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * A generated, city-sized district as one {@link ImportDistrictCommand}: the same seed gives the same
 * rows, so runs are comparable. Every row is valid, so the import writes all of them.
 *
 * <p>The city ({@link Size#CITY}, the benchmark's size; {@link Size#DISTRICT} is a tenth of it): 50 towns/streets, 2,000 schools, 200 partners (one per policy unit,
 * one town/street office and two communities per town, the rest social resource units), 100
 * experimental zones of 20 schools each (every school in exactly one zone, the lead included), 8,000
 * committee members (one of each kind per school) and 6,000 docking agreements (three partners per
 * school: a community of its town, a department, and a third partner). Town codes are generated
 * ({@code <district>001…}), not official GB/T 10114 codes; school codes are random and unique.
 */
public final class CityDataset {

  /** The seed the benchmark uses unless told otherwise. */
  public static final long DEFAULT_SEED = 20251201L;

  /**
   * How big a dataset is.
   *
   * @param zoneSize schools per zone, its lead included; {@code zones × zoneSize} must not exceed {@code schools}
   */
  public record Size(int towns, int schools, int partners, int zones, int zoneSize) {

    /** Ten districts of Xiang'an's size: the benchmark's dataset. */
    public static final Size CITY = new Size(50, 2_000, 200, 100, 20);
    /** One district of Xiang'an's size (its nine towns/streets, about 200 schools): for quick runs and tests. */
    public static final Size DISTRICT = new Size(9, 200, 60, 10, 20);

    public Size {
      checkArgument(towns >= 1 && towns <= PLACES.size(), "towns must be 1-%s, was %s", PLACES.size(), towns);
      checkArgument(schools >= 1 && schools <= 900_000, "schools must be 1-900000, was %s", schools);
      checkArgument(zones >= 0 && zoneSize >= 1 && (long) zones * zoneSize <= schools,
          "%s zones of %s schools do not fit in %s schools", zones, zoneSize, schools);
      checkArgument(partners >= 3 * towns + 1, "partners must be at least 3 per town plus one, was %s", partners);
    }

    public int committeeMembers() {
      return schools * MEMBERS_PER_SCHOOL;
    }

    public int agreements() {
      return schools * AGREEMENTS_PER_SCHOOL;
    }
  }

  /** One member of each {@link CommitteeMemberKind} per school. */
  static final int MEMBERS_PER_SCHOOL = CommitteeMemberKind.values().length;
  static final int AGREEMENTS_PER_SCHOOL = 3;

  /** First day of the school year the structure is set up in. */
  static final LocalDate TERM_START = LocalDate.of(2025, 9, 1);
  static final LocalDate TERM_END = LocalDate.of(2027, 8, 31);

  /** Place names the towns/streets are named after (Xiang'an's and made-up ones). */
  static final List<String> PLACES = List.of("新店", "马巷", "内厝", "新圩", "大嶝", "民安", "凤翔", "金海", "香山", "舫山",
      "东园", "洪前", "琼头", "欧厝", "后村", "莲河", "澳头", "蔡厝", "黎安", "彭厝", "窗东", "巷西", "古宅", "云头", "陈坑",
      "浦边", "霞浯", "潭尾", "大宅", "桐梓", "塘边", "沙美", "曾林", "五店", "霞美", "鼓锣", "西亭", "东坑", "山亭", "茂林",
      "内田", "溪东", "洪溪", "后亭", "郑坂", "吕塘", "垵山", "金柄", "三忠", "朱坑");

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢洪";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰晓东海燕丹俊峰雪梅文斌婷宇佳琳鑫浩然子涵欣怡思远";
  private static final String[] COMMUNITY_WORDS = {"东", "西", "南", "北", "中", "新", "上", "下"};
  private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** School types by weight (per 100 schools), with the name each type's schools end in. */
  private static final SchoolType[] TYPES = {SchoolType.PRIMARY, SchoolType.KINDERGARTEN, SchoolType.JUNIOR_SECONDARY,
      SchoolType.NINE_YEAR, SchoolType.SENIOR_SECONDARY, SchoolType.COMPLETE_SECONDARY, SchoolType.SECONDARY_VOCATIONAL,
      SchoolType.SPECIAL_EDUCATION, SchoolType.TWELVE_YEAR};
  private static final int[] TYPE_WEIGHTS = {45, 25, 12, 6, 4, 3, 3, 1, 1};
  private static final String[] TYPE_SUFFIX = {"小学", "幼儿园", "中学", "学校", "高级中学", "完全中学", "职业技术学校",
      "特殊教育学校", "实验学校"};

  private static final String[] MODES = {"每月召开联席会议", "每学期召开联席会议，专人对接", "专人对接，按需联络", "每季度联合开展活动"};
  private static final String[] DUTIES = {"校领导，主持委员会工作", "教师代表，负责家校沟通", "家长代表，收集家长意见",
      "社区代表，协调社区资源"};

  private final Random random;
  private final String district;
  private final Size size;
  private final List<PolicyUnit> units;

  private CityDataset(Policy policy, Size size, long seed) {
    this.random = new Random(seed);
    this.district = policy.district().value();
    this.size = size;
    this.units = policy.units();
    checkArgument(size.partners() >= 3 * size.towns() + units.size(),
        "partners must be at least 3 per town plus one per policy unit (%s), was %s", 3 * size.towns() + units.size(),
        size.partners());
  }

  /** The city-sized dataset for {@code policy}'s district. */
  public static ImportDistrictCommand city(Policy policy, long seed) {
    return generate(policy, Size.CITY, seed);
  }

  public static ImportDistrictCommand generate(Policy policy, Size size, long seed) {
    return new CityDataset(policy, size, seed).command();
  }

  private record Place(TownRow row, String base) {}

  private ImportDistrictCommand command() {
    List<Place> towns = towns();
    List<SchoolRow> schools = schools(towns);
    Partners partners = partners(towns);
    List<ZoneRow> zones = zones(schools);
    List<CommitteeMemberRow> members = new ArrayList<>(size.committeeMembers());
    List<AgreementRow> agreements = new ArrayList<>(size.agreements());
    for (SchoolRow school : schools) {
      for (CommitteeMemberKind kind : CommitteeMemberKind.values()) {
        members.add(member(school, kind));
      }
      agreements.addAll(agreements(school, partners));
    }
    return new ImportDistrictCommand(district, towns.stream().map(Place::row).toList(), schools, partners.rows, zones,
        members, agreements);
  }

  private List<Place> towns() {
    List<String> places = new ArrayList<>(PLACES);
    Collections.shuffle(places, random);
    List<Place> towns = new ArrayList<>(size.towns());
    for (int i = 0; i < size.towns(); i++) {
      TownKind kind = random.nextInt(3) == 0 ? TownKind.TOWN : TownKind.STREET;
      String base = places.get(i);
      String code = district + String.format("%03d", i + 1);
      towns.add(new Place(new TownRow(code, base + (kind == TownKind.TOWN ? "镇" : "街道"), kind), base));
    }
    return towns;
  }

  private List<SchoolRow> schools(List<Place> towns) {
    Set<String> codes = new HashSet<>();
    // schools of one type in one town are numbered: 新店第一小学, 新店第二小学…
    int[][] numbers = new int[towns.size()][TYPES.length];
    List<SchoolRow> schools = new ArrayList<>(size.schools());
    while (schools.size() < size.schools()) {
      String code = String.format("3135%06d", random.nextInt(1_000_000));
      if (!codes.add(code)) {
        continue;
      }
      int town = random.nextInt(towns.size());
      int type = weightedType();
      int number = ++numbers[town][type];
      String name = towns.get(town).base() + "第" + chineseNumber(number) + TYPE_SUFFIX[type];
      LocalDate opened = LocalDate.of(1950 + random.nextInt(75), 9, 1);
      schools.add(new SchoolRow(code, name, TYPES[type], towns.get(town).row().code(), opened));
    }
    return schools;
  }

  private int weightedType() {
    int r = random.nextInt(100);
    for (int i = 0; i < TYPE_WEIGHTS.length; i++) {
      r -= TYPE_WEIGHTS[i];
      if (r < 0) {
        return i;
      }
    }
    return 0;
  }

  /** Partner rows, and which of them an agreement may pick. */
  private static final class Partners {
    final List<PartnerRow> rows = new ArrayList<>();
    /** Per town code: its office and its communities. */
    final java.util.Map<String, List<PartnerRow>> ofTown = new java.util.HashMap<>();
    final List<PartnerRow> departments = new ArrayList<>();
    final List<PartnerRow> resourceUnits = new ArrayList<>();

    void add(PartnerRow row) {
      rows.add(row);
      switch (row.kind()) {
        case DEPARTMENT -> departments.add(row);
        case SOCIAL_RESOURCE_UNIT -> resourceUnits.add(row);
        default -> ofTown.computeIfAbsent(row.town(), t -> new ArrayList<>()).add(row);
      }
    }
  }

  private Partners partners(List<Place> towns) {
    Partners partners = new Partners();
    for (PolicyUnit unit : units) {
      partners.add(new PartnerRow(PartnerKind.DEPARTMENT, unit.name(), unit.code().value(), null, null));
    }
    for (Place town : towns) {
      String code = town.row().code();
      String office = town.row().kind() == TownKind.TOWN ? "人民政府" : "办事处";
      partners.add(new PartnerRow(PartnerKind.TOWN_STREET, town.row().name() + office, null, code, null));
      int first = random.nextInt(COMMUNITY_WORDS.length);
      int second = (first + 1 + random.nextInt(COMMUNITY_WORDS.length - 1)) % COMMUNITY_WORDS.length;
      for (int word : new int[] {first, second}) {
        partners.add(new PartnerRow(PartnerKind.COMMUNITY, town.base() + COMMUNITY_WORDS[word] + "社区", null, code,
            null));
      }
    }
    SocialResourceKind[] kinds = SocialResourceKind.values();
    for (int i = 0; partners.rows.size() < size.partners(); i++) {
      SocialResourceKind kind = kinds[i % kinds.length];
      // one town's name per unit, then a numbered round: names stay unique
      String base = towns.get(i % towns.size()).base() + (i < towns.size() ? "" : chineseNumber(i / towns.size() + 1));
      partners.add(new PartnerRow(PartnerKind.SOCIAL_RESOURCE_UNIT, base + resourceName(kind), null, null, kind));
    }
    return partners;
  }

  private static String resourceName(SocialResourceKind kind) {
    return switch (kind) {
      case PATRIOTIC_EDUCATION_BASE -> "革命历史纪念馆";
      case SPORTS_VENUE -> "全民健身中心";
      case CULTURAL_VENUE -> "科技文化馆";
      case MEDICAL_INSTITUTION -> "社区卫生服务中心";
      case UNIVERSITY -> "职业技术学院";
      case ENTERPRISE -> "智能制造有限公司";
    };
  }

  private List<ZoneRow> zones(List<SchoolRow> schools) {
    List<SchoolRow> shuffled = new ArrayList<>(schools);
    Collections.shuffle(shuffled, random);
    List<ZoneRow> zones = new ArrayList<>(size.zones());
    for (int z = 0; z < size.zones(); z++) {
      List<SchoolRow> group = shuffled.subList(z * size.zoneSize(), (z + 1) * size.zoneSize());
      SchoolRow lead = group.get(0);
      LocalDate established = TERM_START.plusDays(random.nextInt(60));
      List<ZoneMemberRow> members = new ArrayList<>(group.size() - 1);
      for (SchoolRow member : group.subList(1, group.size())) {
        members.add(new ZoneMemberRow(member.code(), established.plusDays(random.nextInt(30)), null));
      }
      zones.add(new ZoneRow(lead.name() + "教联体实验区", lead.code(), lead.name() + "教联体协调办公室", established,
          members));
    }
    return zones;
  }

  private CommitteeMemberRow member(SchoolRow school, CommitteeMemberKind kind) {
    LocalDate from = TERM_START.plusDays(random.nextInt(30));
    LocalDate to = random.nextInt(10) == 0 ? TERM_END : null;
    String duty = random.nextInt(5) == 0 ? null : DUTIES[kind.ordinal()];
    return new CommitteeMemberRow(school.code(), personName(), kind, duty, from, to);
  }

  private List<AgreementRow> agreements(SchoolRow school, Partners partners) {
    List<PartnerRow> ofTown = partners.ofTown.get(school.town());
    // a community of the school's town (rows 1.. of ofTown; row 0 is the town's office)
    PartnerRow community = ofTown.get(1 + random.nextInt(ofTown.size() - 1));
    PartnerRow department = partners.departments.isEmpty() ? ofTown.get(0)
        : partners.departments.get(random.nextInt(partners.departments.size()));
    PartnerRow third = random.nextBoolean() || partners.resourceUnits.isEmpty() ? ofTown.get(0)
        : partners.resourceUnits.get(random.nextInt(partners.resourceUnits.size()));
    if (third == department) {
      third = partners.resourceUnits.isEmpty() ? ofTown.get(1) : partners.resourceUnits.get(0);
    }
    List<AgreementRow> rows = new ArrayList<>(AGREEMENTS_PER_SCHOOL);
    for (PartnerRow partner : List.of(community, department, third)) {
      Set<Collaboration> collaborations = collaborations(partner);
      String duties = String.join("；", collaborations.stream()
          .map(c -> "共同开展" + c.label().zh() + "工作").toList()) + "。";
      LocalDate from = TERM_START.plusDays(random.nextInt(90));
      rows.add(new AgreementRow(partner.name(), school.code(), collaborations, duties,
          MODES[random.nextInt(MODES.length)], personName(), String.format("0592-7%06d", random.nextInt(1_000_000)),
          from, random.nextInt(4) == 0 ? TERM_END : null));
    }
    return rows;
  }

  /** What a partner of this kind works with a school on (1–3 collaborations). */
  private Set<Collaboration> collaborations(PartnerRow partner) {
    EnumSet<Collaboration> set = EnumSet.noneOf(Collaboration.class);
    switch (partner.kind()) {
      case COMMUNITY, TOWN_STREET -> {
        set.add(Collaboration.COMMUNITY_EDUCATION);
        if (random.nextBoolean()) {
          set.add(Collaboration.HOME_SCHOOL);
        }
      }
      case SOCIAL_RESOURCE_UNIT -> set.add(switch (partner.resourceKind()) {
        case SPORTS_VENUE -> Collaboration.SPORTS_EDUCATION;
        case MEDICAL_INSTITUTION -> Collaboration.MEDICAL_EDUCATION;
        case PATRIOTIC_EDUCATION_BASE, CULTURAL_VENUE -> Collaboration.VENUE_SCHOOL;
        case UNIVERSITY, ENTERPRISE -> Collaboration.COMMUNITY_EDUCATION;
      });
      case DEPARTMENT -> {
        Collaboration[] all = Collaboration.values();
        int n = 1 + random.nextInt(3);
        while (set.size() < n) {
          set.add(all[random.nextInt(all.length)]);
        }
      }
    }
    return set;
  }

  private String personName() {
    StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  /** 1–99 in Chinese numerals (一, 十, 十二, 二十, 九十九); larger numbers in digits. */
  static String chineseNumber(int n) {
    if (n < 1 || n > 99) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return NUMERALS[n];
    }
    return (n / 10 == 1 ? "" : NUMERALS[n / 10]) + "十" + NUMERALS[n % 10];
  }
}
