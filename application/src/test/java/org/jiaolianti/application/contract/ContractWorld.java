package org.jiaolianti.application.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/**
 * The records the port contracts build on, with fresh ids for every test: two towns, three schools,
 * two partners, two users and a guardian in Xiang'an ({@link #XIANGAN}), and one of each in Huli
 * ({@link #HULI}) for the district-isolation checks. Names carry Chinese text and a character outside
 * the Basic Multilingual Plane ({@link #RARE}, four bytes in UTF-8) so that every adapter proves it
 * stores them unchanged.
 */
public final class ContractWorld {

  public static final DistrictCode XIANGAN = DistrictCode.of("350213");
  public static final DistrictCode HULI = DistrictCode.of("350206");
  /** 𠮷 (U+20BB7): two UTF-16 code units, four UTF-8 bytes. */
  public static final String RARE = "\uD842\uDFB7";
  public static final LocalDate ISSUED = LocalDate.of(2025, 12, 1);
  public static final Instant NOW = Instant.parse("2026-01-05T02:30:00Z");

  public final Town townA = new Town(TownCode.of("350213001"), XIANGAN, "新店街道", TownKind.STREET);
  public final Town townB = new Town(TownCode.of("350213101"), XIANGAN, "新圩镇", TownKind.TOWN);
  public final Town townHuli = new Town(TownCode.of("350206001"), HULI, "湖里街道", TownKind.STREET);

  public final School schoolA = School.register(SchoolId.newId(), XIANGAN, "3502130001", "翔安区" + RARE + "祥小学",
      SchoolType.PRIMARY, townA.code(), LocalDate.of(2010, 9, 1));
  public final School schoolB = School.register(SchoolId.newId(), XIANGAN, "3502130002", "翔安区第二中学",
      SchoolType.JUNIOR_SECONDARY, townB.code(), LocalDate.of(2012, 9, 1));
  public final School kindergarten = School.register(SchoolId.newId(), XIANGAN, "3502130003", "新店中心幼儿园",
      SchoolType.KINDERGARTEN, townA.code(), LocalDate.of(2015, 9, 1));
  public final School schoolHuli = School.register(SchoolId.newId(), HULI, "3502060001", "湖里实验小学",
      SchoolType.PRIMARY, townHuli.code(), LocalDate.of(2008, 9, 1));

  public final Partner community = new Partner(PartnerId.newId(), XIANGAN, PartnerKind.COMMUNITY, "新店" + RARE + "社区",
      null, townA.code(), null, 0);
  public final Partner police = new Partner(PartnerId.newId(), XIANGAN, PartnerKind.DEPARTMENT, "公安局翔安分局",
      UnitCode.of("PUBLIC_SECURITY"), null, null, 0);
  public final Partner partnerHuli = new Partner(PartnerId.newId(), HULI, PartnerKind.COMMUNITY, "湖里社区",
      null, townHuli.code(), null, 0);

  public final Guardian guardian = new Guardian(GuardianId.newId(), XIANGAN, "陈" + RARE, MobileNumber.of("13812345678"), 0);
  public final User userA = User.register(UserId.newId(), XIANGAN, "wang.teacher", "王老师", null);
  public final User userB = User.register(UserId.newId(), XIANGAN, "chen.parent", "陈" + RARE + "家长", guardian.id());
  public final User userHuli = User.register(UserId.newId(), HULI, "li.huli", "李老师", null);

  /** A voiding made at {@link #NOW}. */
  public static Voiding voiding(String reason) {
    return new Voiding("区教育局" + RARE, NOW, reason);
  }

  public List<Record> towns() {
    return List.of(townA, townB, townHuli);
  }

  /** Towns, then the schools in them. */
  public List<Record> townsAndSchools() {
    return List.of(townA, townB, townHuli, schoolA, schoolB, kindergarten, schoolHuli);
  }

  /** Towns, schools, then partners. */
  public List<Record> townsSchoolsAndPartners() {
    return List.of(townA, townB, townHuli, schoolA, schoolB, kindergarten, schoolHuli, community, police, partnerHuli);
  }

  /** The guardian, then the users (one linked to it). */
  public List<Record> guardianAndUsers() {
    return List.of(guardian, userA, userB, userHuli);
  }
}
