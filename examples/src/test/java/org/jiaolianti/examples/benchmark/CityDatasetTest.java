package org.jiaolianti.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.CommitteeMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportDistrictCommand;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportResult;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.PartnerRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.SchoolRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.TownRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneRow;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.junit.jupiter.api.Test;

/** The generated city: its size, its validity (the import takes every row) and the baseline's rows. */
class CityDatasetTest {

  private static final Policy POLICY = PolicySeedLoader.loadBundled("xiangan-2025").policy();
  private static final ImportDistrictCommand CITY = CityDataset.city(POLICY, CityDataset.DEFAULT_SEED);

  @Test
  void theCityHasTheSizeTheIssueNames() {
    assertThat(CITY.district()).isEqualTo("350213");
    assertThat(CITY.towns()).hasSize(50);
    assertThat(CITY.schools()).hasSize(2_000);
    assertThat(CITY.partners()).hasSize(200);
    assertThat(CITY.zones()).hasSize(100).allSatisfy(z -> assertThat(z.members()).hasSize(19));
    assertThat(CITY.committeeMembers()).hasSize(8_000);
    assertThat(CITY.agreements()).hasSize(6_000);
  }

  @Test
  void aDistrictIsATenthOfTheCityAndImportsWhole() {
    ImportDistrictCommand district = CityDataset.generate(POLICY, CityDataset.Size.DISTRICT, 1);
    Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.system()).activate(POLICY);

    ImportResult result = app.importDistrict().importDistrict(district);

    assertThat(List.of(result.towns(), result.schools(), result.partners(), result.zones(), result.zoneMemberships(),
        result.committeeMembers(), result.agreements())).containsExactly(9, 200, 60, 10, 200, 800, 600);
    assertThat(RawRows.derive(district, 1000).totalRows()).isEqualTo(9 + 200 + 60 + 10 + 200 + 800 + 600);
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
    assertThat(CityDataset.city(POLICY, CityDataset.DEFAULT_SEED)).isEqualTo(CITY);
    assertThat(CityDataset.city(POLICY, 7).schools()).isNotEqualTo(CITY.schools());
  }

  @Test
  void codesAndNamesAreWellFormedAndUnique() {
    assertThat(CITY.towns()).extracting(TownRow::code)
        .allMatch(code -> code.matches("350213[0-9]{3}")).doesNotHaveDuplicates();
    assertThat(CITY.schools()).extracting(SchoolRow::code)
        .allMatch(code -> code.matches("[0-9]{10}")).doesNotHaveDuplicates();
    assertThat(CITY.schools()).extracting(SchoolRow::name).doesNotHaveDuplicates()
        .allMatch(name -> name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    assertThat(CITY.partners()).extracting(PartnerRow::name).doesNotHaveDuplicates();
    assertThat(CITY.zones()).extracting(ZoneRow::name).doesNotHaveDuplicates();
    Set<String> towns = CITY.towns().stream().map(TownRow::code).collect(Collectors.toSet());
    assertThat(CITY.schools()).extracting(SchoolRow::town).allMatch(towns::contains);
  }

  @Test
  void partnersAreOfEveryKindAndNameWhatTheirKindNeeds() {
    Map<PartnerKind, Long> byKind = CITY.partners().stream()
        .collect(Collectors.groupingBy(PartnerRow::kind, Collectors.counting()));
    assertThat(byKind).containsOnlyKeys(PartnerKind.values());
    assertThat(byKind.get(PartnerKind.DEPARTMENT)).isEqualTo(POLICY.units().size());
    for (PartnerRow p : CITY.partners()) {
      assertThat(p.unitCode() != null).as(p.name()).isEqualTo(p.kind() == PartnerKind.DEPARTMENT);
      assertThat(p.town() != null).as(p.name())
          .isEqualTo(p.kind() == PartnerKind.TOWN_STREET || p.kind() == PartnerKind.COMMUNITY);
      assertThat(p.resourceKind() != null).as(p.name()).isEqualTo(p.kind() == PartnerKind.SOCIAL_RESOURCE_UNIT);
    }
  }

  @Test
  void everySchoolIsInExactlyOneZoneAndHasAFullCommitteeAndThreePartners() {
    List<String> inZones = new ArrayList<>();
    for (ZoneRow zone : CITY.zones()) {
      inZones.add(zone.leadSchoolCode());
      zone.members().stream().map(ZoneMemberRow::schoolCode).forEach(inZones::add);
    }
    assertThat(inZones).doesNotHaveDuplicates().hasSize(CITY.schools().size());
    Map<String, List<CommitteeMemberKind>> committees = CITY.committeeMembers().stream().collect(
        Collectors.groupingBy(CommitteeMemberRow::schoolCode,
            Collectors.mapping(CommitteeMemberRow::kind, Collectors.toList())));
    assertThat(committees).hasSize(2_000)
        .allSatisfy((school, kinds) -> assertThat(kinds).containsExactlyInAnyOrder(CommitteeMemberKind.values()));
    Map<String, Set<String>> partnersOfSchool = new java.util.HashMap<>();
    CITY.agreements().forEach(a -> partnersOfSchool.computeIfAbsent(a.schoolCode(), s -> new HashSet<>())
        .add(a.partnerName()));
    assertThat(partnersOfSchool).hasSize(2_000).allSatisfy((school, partners) -> assertThat(partners).hasSize(3));
  }

  @Test
  void theImportTakesEveryRowAndTheBaselineHasTheSameRowCounts() {
    Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.system()).activate(POLICY);

    ImportResult result = app.importDistrict().importDistrict(CITY);

    RawRows raw = RawRows.derive(CITY, 1000);
    assertThat(raw.counts()).containsExactly(
        Map.entry("town", result.towns()),
        Map.entry("school", result.schools()),
        Map.entry("partner", result.partners()),
        Map.entry("experimental_zone", result.zones()),
        Map.entry("zone_membership", result.zoneMemberships()),
        Map.entry("committee_member", result.committeeMembers()),
        Map.entry("docking_agreement", result.agreements()));
    assertThat(raw.totalRows()).isEqualTo(50 + 2_000 + 200 + 100 + 2_000 + 8_000 + 6_000);
    // every table's rows have one value per column; the ids are fresh UUIDs, each used once
    for (RawRows.Table t : raw.tables()) {
      assertThat(t.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(t.columns()));
    }
    Function<String, List<Object>> ids = table -> raw.tables().stream().filter(t -> t.name().equals(table))
        .flatMap(t -> t.rows().stream()).map(row -> row[1]).toList();
    assertThat(ids.apply("committee_member")).doesNotHaveDuplicates().hasSize(8_000);
  }
}
