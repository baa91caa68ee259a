package org.jiaolianti.examples.embedding;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.AppointMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.AddZoneMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.seeds.PolicySeedLoader;

/** Embedding the library: seed + in-memory storage + use cases, a zone of three schools, their status. */
public final class EmbeddingExample {

  public static void main(String[] args) {
    Policy policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();
    Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.system()).activate(policy);
    String d = "350213";
    LocalDate start = LocalDate.of(2026, 3, 1);

    app.register().registerTown(new RegisterTownCommand(d, "350213002", "马巷街道", TownKind.STREET));
    var lead = app.register().registerSchool(new RegisterSchoolCommand(d, "3502130001", "马巷中心小学", SchoolType.PRIMARY, "350213002", LocalDate.of(1990, 9, 1)));
    var second = app.register().registerSchool(new RegisterSchoolCommand(d, "3502130002", "马巷中学", SchoolType.JUNIOR_SECONDARY, "350213002", LocalDate.of(1995, 9, 1)));
    var third = app.register().registerSchool(new RegisterSchoolCommand(d, "3502130003", "舫山小学", SchoolType.PRIMARY, "350213002", LocalDate.of(2001, 9, 1)));
    var zone = app.zones().establish(new EstablishZoneCommand(d, "马巷教联体实验区", lead.id().value(), "马巷中心小学协调办公室", start));
    app.zones().addMember(new AddZoneMemberCommand(d, zone.id().value(), second.id().value(), start, null));

    var community = app.register().registerPartner(new RegisterPartnerCommand(d, PartnerKind.COMMUNITY, "马巷社区", null, "350213002", null));
    app.agreements().sign(new SignAgreementsCommand(d, community.id().value(), List.of(lead.id().value(), second.id().value(), third.id().value()),
        EnumSet.of(Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION, Collaboration.POLICE_SCHOOL),
        "共建社区课堂与护学岗", "每月联席", "陈主任", "0592-7000001", start, null));
    for (CommitteeMemberKind kind : CommitteeMemberKind.values()) {
      app.committees().appoint(new AppointMemberCommand(d, lead.id().value(), "委员" + kind.ordinal(), kind, null, start, null));
    }

    for (var school : List.of(lead, second, third)) {
      var result = app.allianceStatus().status(policy.district(), school.id(), LocalDate.of(2026, 6, 1)).result();
      System.out.println(school.name() + ": " + (result.established() ? "已建成 established" : "未建成 not established "
          + result.unmet().stream().map(u -> u.condition().name()).toList()));
    }
  }
}
