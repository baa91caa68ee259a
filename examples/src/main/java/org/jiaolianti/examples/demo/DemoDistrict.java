package org.jiaolianti.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.RecordExchangeEventCommand;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.RecordTypicalCaseCommand;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.AppointMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.AddZoneMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.CloseSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * Generates a demo district through the use cases (never hand-typed rows): the nine towns/streets of
 * Xiang'an, four schools in each, four experimental zones, committees, partners and docking
 * agreements in various states over 2025–2026, typical cases and exchange events. The data are
 * arranged so that a report as of late 2026 shows MET, MISSED, ON_TRACK and AT_RISK, and a report
 * before the issue date NOT_STARTED.
 *
 * <p>Town codes are generated ({@code <district>001…009}), not the official GB/T 10114 codes.
 */
public final class DemoDistrict {

  /** The nine towns/streets of Xiang'an. */
  public static final List<String> XIANGAN_TOWNS = List.of("大嶝街道", "马巷街道", "民安街道", "凤翔街道", "新店街道",
      "金海街道", "香山街道", "新圩镇", "内厝镇");

  private static final SchoolType[] TYPES = {SchoolType.PRIMARY, SchoolType.JUNIOR_SECONDARY, SchoolType.PRIMARY,
      SchoolType.KINDERGARTEN};
  private static final String[] SUFFIX = {"第一小学", "中学", "实验小学", "中心幼儿园"};

  private final Jiaolianti app;
  private final Policy policy;
  private final String district;

  public DemoDistrict(Jiaolianti app, Policy policy) {
    this.app = app;
    this.policy = policy;
    this.district = policy.district().value();
  }

  /** What was generated. */
  public record Summary(int towns, int schools, int zones, int partners, int agreements, int cases, int events) {}

  /** The demo district's mental-health medical institution (the demo clinician's scope). */
  public static final String MEDICAL_INSTITUTION = "厦门市仙岳医院（精神卫生中心）";

  public Summary generate() {
    LocalDate issue = policy.document().issueDate();
    List<String> townCodes = new ArrayList<>();
    List<Partner> townPartners = new ArrayList<>();
    List<Partner> communities = new ArrayList<>();
    List<School> schools = new ArrayList<>();
    for (int t = 0; t < 9; t++) {
      String name = "350213".equals(district) ? XIANGAN_TOWNS.get(t) : "第" + (t + 1) + "街道";
      String code = district + String.format("%03d", t + 1);
      app.register().registerTown(new RegisterTownCommand(district, code, name, name.endsWith("镇") ? TownKind.TOWN : TownKind.STREET));
      townCodes.add(code);
      townPartners.add(app.register().registerPartner(new RegisterPartnerCommand(district, PartnerKind.TOWN_STREET,
          name, null, code, null)));
      communities.add(app.register().registerPartner(new RegisterPartnerCommand(district, PartnerKind.COMMUNITY,
          name.replaceAll("(街道|镇)$", "") + "社区居委会", null, code, null)));
      for (int s = 0; s < 4; s++) {
        String prefix = name.replaceAll("(街道|镇)$", "");
        schools.add(app.register().registerSchool(new RegisterSchoolCommand(district,
            String.format("3%03d%02d%04d", Integer.parseInt(district.substring(3)), t + 1, s + 1),
            prefix + SUFFIX[s], TYPES[s], code, LocalDate.of(2000 + t, 9, 1))));
      }
    }
    // One school closes during 2026: it stops counting from then on.
    School closing = schools.get(34);
    app.register().closeSchool(new CloseSchoolCommand(district, closing.id().value(), LocalDate.of(2026, 7, 1), closing.version()));

    // Four zones of neighbouring towns; each lead school is the first school of a town.
    List<Zone> zones = new ArrayList<>();
    String[] zoneNames = {"马巷教联体实验区", "新店教联体实验区", "金海—香山教联体实验区", "新圩—内厝教联体实验区"};
    int[][] zoneTowns = {{0, 1, 2}, {3, 4}, {5, 6}, {7, 8}};
    for (int z = 0; z < zoneNames.length; z++) {
      School lead = schools.get(zoneTowns[z][0] * 4);
      Zone zone = app.zones().establish(new EstablishZoneCommand(district, zoneNames[z], lead.id().value(),
          lead.name() + "教联体协调办公室", issue));
      for (int town : zoneTowns[z]) {
        for (int s = 0; s < 4; s++) {
          School school = schools.get(town * 4 + s);
          if (!school.id().equals(lead.id()) && !(z == 3 && s == 2)) { // one school of the last zone stays outside
            zone = app.zones().addMember(new AddZoneMemberCommand(district, zone.id().value(), school.id().value(),
                issue.plusDays(3), null));
          }
        }
      }
      zones.add(zone);
    }

    // Partners: departments that dock with many schools at once, and a few social resource units.
    Partner police = department("POLICE_BRANCH");
    Partner health = department("HEALTH_BUREAU");
    Partner culture = department("CULTURE_TOURISM_BUREAU");
    Partner museum = app.register().registerPartner(new RegisterPartnerCommand(district, PartnerKind.SOCIAL_RESOURCE_UNIT,
        "翔安区博物馆", null, null, SocialResourceKind.CULTURAL_VENUE));
    Partner stadium = app.register().registerPartner(new RegisterPartnerCommand(district, PartnerKind.SOCIAL_RESOURCE_UNIT,
        "翔安体育中心", null, null, SocialResourceKind.SPORTS_VENUE));
    // The mental-health medical institution of the green channel (五(二)1, 三(六)4): the demo clinician's, and the
    // receiver of the demo referral.
    app.register().registerPartner(new RegisterPartnerCommand(district, PartnerKind.SOCIAL_RESOURCE_UNIT,
        MEDICAL_INSTITUTION, null, null, SocialResourceKind.MEDICAL_INSTITUTION));
    int partners = 18 + 3 + (police == null ? 0 : 1) + (health == null ? 0 : 1) + (culture == null ? 0 : 1);

    int agreements = 0;
    for (int i = 0; i < schools.size(); i++) {
      School school = schools.get(i);
      // Wave: 0 = set up in December 2025, 1 = during 2026, 2 = not yet.
      int wave = i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : 2;
      if (i % 10 == 9) {
        wave = 1; // a school set up during 2026 whose committee stays incomplete (no community rep)
      }
      LocalDate from = wave == 0 ? issue.plusDays(10) : LocalDate.of(2026, 3 + (i % 6), 1);
      appointCommittee(school, from, i % 10 != 9);
      if (wave == 2) {
        agreements += sign(museum, List.of(school), EnumSet.of(Collaboration.VENUE_SCHOOL), from);
        continue;
      }
      int town = i / 4;
      agreements += sign(communities.get(town), List.of(school),
          EnumSet.of(Collaboration.COMMUNITY_EDUCATION, Collaboration.HOME_SCHOOL), from);
      agreements += sign(i % 2 == 0 ? stadium : museum, List.of(school),
          EnumSet.of(i % 2 == 0 ? Collaboration.SPORTS_EDUCATION : Collaboration.VENUE_SCHOOL), from);
    }
    // A department docks with every school at once (one agreement per school, created in bulk).
    if (police != null) {
      agreements += sign(police, schools, EnumSet.of(Collaboration.POLICE_SCHOOL), LocalDate.of(2026, 9, 1));
    }
    if (health != null) {
      agreements += sign(health, schools.subList(0, 12), EnumSet.of(Collaboration.MEDICAL_EDUCATION), LocalDate.of(2026, 10, 10));
    }

    // Typical cases selected in 2026 (ten: the 2026 target) and exchange events (one in 2025 only).
    int cases = 0;
    for (int c = 0; c < 10; c++) {
      School from = schools.get(c * 3);
      app.milestoneEvidence().recordCase(new RecordTypicalCaseCommand(district, from.name() + "家校社协同育人案例",
          c % 3 == 0 ? TypicalCaseKind.MICRO_LESSON : TypicalCaseKind.PRACTICE_CASE,
          Set.of(Collaboration.values()[c % 6]), from.id().value(), null, LocalDate.of(2026, 1 + c, 15)));
      cases++;
    }
    app.milestoneEvidence().recordEvent(new RecordExchangeEventCommand(district, LocalDate.of(2025, 12, 26),
        policy.document().issuer(), "“教联体”建设经验交流会"));
    return new Summary(9, schools.size(), zones.size(), partners, agreements, cases, 1);
  }

  private Partner department(String unitCode) {
    return policy.units().stream().map(PolicyUnit::code).filter(c -> c.value().equals(unitCode)).findFirst()
        .map(c -> app.register().registerPartner(new RegisterPartnerCommand(district, PartnerKind.DEPARTMENT,
            policy.unit(c).orElseThrow().name(), unitCode, null, null)))
        .orElse(null);
  }

  private void appointCommittee(School school, LocalDate from, boolean complete) {
    String[] names = {"王校长", "李老师", "陈家长", "林主任"};
    CommitteeMemberKind[] kinds = CommitteeMemberKind.values();
    for (int k = 0; k < kinds.length; k++) {
      if (!complete && kinds[k] == CommitteeMemberKind.COMMUNITY_REP) {
        continue;
      }
      app.committees().appoint(new AppointMemberCommand(district, school.id().value(), names[k], kinds[k],
          kinds[k].label().zh(), from, null));
    }
  }

  private int sign(Partner partner, List<School> schools, Set<Collaboration> collaborations, LocalDate from) {
    return app.agreements().sign(new SignAgreementsCommand(district, partner.id().value(),
        schools.stream().map(s -> s.id().value()).toList(), collaborations, "共同开展" + collaborations.iterator().next().label().zh() + "工作",
        "定期联席、活动共建", "张主任", "0592-7000000", from, null)).size();
  }
}
