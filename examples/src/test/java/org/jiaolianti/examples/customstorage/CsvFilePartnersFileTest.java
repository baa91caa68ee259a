package org.jiaolianti.examples.customstorage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract does not see: the file outlives the instance, and a broken file is reported clearly. */
class CsvFilePartnersFileTest {

  private static final DistrictCode XIANGAN = DistrictCode.of("350213");

  @TempDir
  Path dir;

  @Test
  void aNewInstanceReadsWhatAnEarlierOneWrote() throws IOException {
    Path file = dir.resolve("partners.csv");
    Partner tricky = new Partner(PartnerId.newId(), XIANGAN, PartnerKind.SOCIAL_RESOURCE_UNIT,
        "翔安\"𠮷祥\"科技馆, 二楼\r\n第二行", null, null, SocialResourceKind.CULTURAL_VENUE, 0);
    CsvFilePartners before = new CsvFilePartners(file);
    before.add(tricky);
    Partner renamed = before.update(new Partner(tricky.id(), XIANGAN, tricky.kind(), tricky.name() + " ",
        null, null, tricky.resourceKind(), 0));

    CsvFilePartners after = new CsvFilePartners(file); // as after a restart

    assertThat(after.all(XIANGAN)).containsExactly(renamed);
    assertThat(renamed.version()).isEqualTo(1);
    assertThat(Files.readString(file, UTF_8))
        .startsWith("id,district,kind,name,unit,town,resourceKind,version\r\n")
        .contains(",\"翔安\"\"𠮷祥\"\"科技馆, 二楼\r\n第二行 \",,,CULTURAL_VENUE,1\r\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void aMalformedFileIsReportedWithItsNameAndLine() throws IOException {
    String header = "id,district,kind,name,unit,town,resourceKind,version\r\n";
    Path shortRow = write("short.csv", header + "p1,350213,DEPARTMENT,区妇联,WOMENS_FEDERATION,,\r\n");
    Path openQuote = write("quote.csv", header + "p1,350213,DEPARTMENT,\"区妇联,WOMENS_FEDERATION,,,0\r\n");
    Path badKind = write("kind.csv", header + "p1,350213,DEPARTMENT,区妇联,,,,0\r\n");
    Path noHeader = write("header.csv", "p1,350213,DEPARTMENT,区妇联,WOMENS_FEDERATION,,,0\r\n");

    assertThatThrownBy(() -> new CsvFilePartners(shortRow)).isInstanceOf(IllegalStateException.class)
        .hasMessage(shortRow.toAbsolutePath() + ", line 2: expected 8 fields, found 7");
    assertThatThrownBy(() -> new CsvFilePartners(openQuote)).isInstanceOf(IllegalStateException.class)
        .hasMessage(openQuote.toAbsolutePath() + ", line 2: a quoted field is never closed");
    assertThatThrownBy(() -> new CsvFilePartners(badKind)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(badKind.toAbsolutePath() + ", line 2: partner 区妇联: a department names its unit");
    assertThatThrownBy(() -> new CsvFilePartners(noHeader)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(noHeader.toAbsolutePath() + ", line 1: the header must be id,district,kind,");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @Test
  void aMissingFileHoldsNoPartnersUntilTheFirstWrite() {
    Path file = dir.resolve("new/partners.csv");
    CsvFilePartners partners = new CsvFilePartners(file);

    assertThat(partners.all(XIANGAN)).isEmpty();
    assertThat(file).doesNotExist();
    partners.addAll(List.of(new Partner(PartnerId.newId(), XIANGAN, PartnerKind.SOCIAL_RESOURCE_UNIT, "翔安体育馆", null,
        null, SocialResourceKind.SPORTS_VENUE, 0)));
    assertThat(file).exists();
  }
}
