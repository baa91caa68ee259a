package org.jiaolianti.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.testing.TestPolicy.EDUCATION;
import static org.jiaolianti.domain.testing.TestPolicy.HEALTH;
import static org.jiaolianti.domain.testing.TestPolicy.HS1;
import static org.jiaolianti.domain.testing.TestPolicy.HS2;
import static org.jiaolianti.domain.testing.TestPolicy.ME1;
import static org.jiaolianti.domain.testing.TestPolicy.PS1;
import static org.jiaolianti.domain.testing.TestPolicy.PUBLIC_SECURITY;
import static org.jiaolianti.domain.testing.TestPolicy.WOMEN;

import java.util.List;
import java.util.Map;
import org.jiaolianti.domain.testing.MiniJson;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/**
 * The duty matrix: signing unit × measure → lead (listed first in the measure's 责任部门) or
 * co-responsible, queryable both ways and exportable. Clause: 五 (each measure's 责任部门), 三(二).
 */
class DutyMatrixTest {

  private final DutyMatrix matrix = TestPolicy.policy().dutyMatrix();

  @Test
  void theFirstListedUnitLeadsTheOthersShareAndTheRestHaveNone() {
    assertThat(matrix.cell(PUBLIC_SECURITY, PS1)).isEqualTo(Responsibility.LEAD);
    assertThat(matrix.cell(EDUCATION, PS1)).isEqualTo(Responsibility.CO_RESPONSIBLE);
    assertThat(matrix.cell(WOMEN, PS1)).isEqualTo(Responsibility.CO_RESPONSIBLE);
    assertThat(matrix.cell(HEALTH, PS1)).isEqualTo(Responsibility.NONE);
    assertThat(matrix.cell(EDUCATION, HS1)).isEqualTo(Responsibility.LEAD);
    assertThat(matrix.cell(WOMEN, HS1)).isEqualTo(Responsibility.NONE);
  }

  @Test
  void anUnknownMeasureIsAProgrammingError() {
    assertThatIllegalArgumentException().isThrownBy(() -> matrix.cell(EDUCATION, MeasureCode.of("NOPE")))
        .withMessageContaining("unknown measure NOPE");
    assertThatIllegalArgumentException().isThrownBy(() -> matrix.responsibleFor(MeasureCode.of("NOPE")));
  }

  /** "What must unit X do?" — the measures it leads or shares, in printed order, with its position. */
  @Test
  void responsibilitiesOfAUnitListItsMeasuresInPrintedOrder() {
    List<DutyMatrix.Cell> education = matrix.responsibilitiesOf(EDUCATION);
    assertThat(education).extracting(c -> c.measure().code()).containsExactly(HS1, HS2, ME1, PS1);
    assertThat(education).extracting(DutyMatrix.Cell::responsibility).containsExactly(
        Responsibility.LEAD, Responsibility.LEAD, Responsibility.CO_RESPONSIBLE, Responsibility.CO_RESPONSIBLE);
    assertThat(education).extracting(DutyMatrix.Cell::position).containsExactly(1, 1, 2, 2);

    List<DutyMatrix.Cell> women = matrix.responsibilitiesOf(WOMEN);
    assertThat(women).extracting(c -> c.measure().code()).containsExactly(HS2, PS1);
    assertThat(women).extracting(DutyMatrix.Cell::position).containsExactly(2, 3);
    assertThat(women).allSatisfy(c -> assertThat(c.unit().name()).isEqualTo("区妇联"));
  }

  /** "Who is responsible for measure Y?" — lead first, then the co-responsible units in printed order. */
  @Test
  void responsibleForAMeasureListsTheLeadFirst() {
    List<DutyMatrix.Cell> cells = matrix.responsibleFor(PS1);
    assertThat(cells).extracting(c -> c.unit().code()).containsExactly(PUBLIC_SECURITY, EDUCATION, WOMEN);
    assertThat(cells).extracting(DutyMatrix.Cell::responsibility)
        .containsExactly(Responsibility.LEAD, Responsibility.CO_RESPONSIBLE, Responsibility.CO_RESPONSIBLE);
    assertThat(cells).extracting(DutyMatrix.Cell::position).containsExactly(1, 2, 3);
  }

  @Test
  void everyFactIsACell() {
    // HS1: 1 unit, HS2: 2, ME1: 2, PS1: 3.
    assertThat(matrix.cells()).hasSize(8);
    assertThat(matrix.cells()).filteredOn(c -> c.responsibility() == Responsibility.LEAD).hasSize(4);
  }

  @Test
  void csvHasAHeaderAndOneRowPerFactWithCrlfLineEnds() {
    String csv = matrix.toCsv();
    assertThat(csv).endsWith("\r\n").doesNotContain("\uFEFF");
    List<String> lines = List.of(csv.split("\r\n"));
    assertThat(lines).hasSize(1 + 8);
    assertThat(lines.get(0)).isEqualTo("measureCode,clause,collaboration,measureTitle,unitCode,unitName,responsibility,position");
    assertThat(lines).contains(
        "HS1,五(一)1,HOME_SCHOOL,构建“1+1+N”三级联动组织架构,EDUCATION_BUREAU,区教育局,LEAD,1",
        "HS2,五(一)2,HOME_SCHOOL,打造家校互动云平台,WOMENS_FEDERATION,区妇联,CO_RESPONSIBLE,2",
        "PS1,五(六)1,POLICE_SCHOOL,设立护学岗,PUBLIC_SECURITY,公安局翔安分局,LEAD,1");
  }

  @Test
  void csvQuotesCommasAndDoublesQuotes() {
    DutyMatrix withAwkwardName = policyWithWomensFederationNamed("妇联, \"巾帼\"家园").dutyMatrix();
    assertThat(withAwkwardName.toCsv())
        .contains(",WOMENS_FEDERATION,\"妇联, \"\"巾帼\"\"家园\",CO_RESPONSIBLE,2\r\n");
  }

  /** A value a spreadsheet would run as a formula gets a leading apostrophe. */
  @Test
  void csvGuardsAgainstFormulaInjection() {
    DutyMatrix withFormula = policyWithWomensFederationNamed("=1+1").dutyMatrix();
    assertThat(withFormula.toCsv()).contains(",WOMENS_FEDERATION,'=1+1,CO_RESPONSIBLE,");
    assertThat(DutyMatrix.csv("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(DutyMatrix.csv("+86")).isEqualTo("'+86");
    assertThat(DutyMatrix.csv("-1")).isEqualTo("'-1");
    assertThat(DutyMatrix.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(DutyMatrix.csv("a=b")).isEqualTo("a=b");
    assertThat(DutyMatrix.csv("")).isEmpty();
    assertThat(DutyMatrix.csv("两行\n文字")).isEqualTo("\"两行\n文字\"");
  }

  @Test
  void jsonIsWellFormedAndRoundTripsANameWithAQuote() {
    String name = "区\"妇联\"\\巾帼";
    String json = policyWithWomensFederationNamed(name).dutyMatrix().toJson();

    Map<String, Object> root = MiniJson.object(MiniJson.parse(json));
    List<Object> units = MiniJson.array(root.get("units"));
    assertThat(units).hasSize(4);
    Map<String, Object> women = MiniJson.object(units.get(3));
    assertThat(women).containsEntry("code", "WOMENS_FEDERATION").containsEntry("name", name);

    List<Object> measures = MiniJson.array(root.get("measures"));
    assertThat(measures).extracting(m -> MiniJson.object(m).get("code")).containsExactly("HS1", "HS2", "ME1", "PS1");
    Map<String, Object> ps1 = MiniJson.object(measures.get(3));
    assertThat(ps1).containsEntry("clause", "五(六)1").containsEntry("collaboration", "POLICE_SCHOOL");
    List<Object> responsible = MiniJson.array(ps1.get("responsibleUnits"));
    assertThat(responsible).extracting(r -> MiniJson.object(r).get("unitCode"))
        .containsExactly("PUBLIC_SECURITY", "EDUCATION_BUREAU", "WOMENS_FEDERATION");
    assertThat(MiniJson.object(responsible.get(0))).containsEntry("responsibility", "LEAD");
    assertThat(MiniJson.object(responsible.get(2)).get("position")).hasToString("3");
  }

  @Test
  void jsonEscapesControlCharacters() {
    assertThat(DutyMatrix.json("a\tb\nc\u0001")).isEqualTo("\"a\\tb\\nc\\u0001\"");
    assertThat(MiniJson.parse(DutyMatrix.json("a\tb\nc\u0001"))).isEqualTo("a\tb\nc\u0001");
  }

  private static Policy policyWithWomensFederationNamed(String name) {
    return TestPolicy.builder().units(List.of(
        TestPolicy.unit(EDUCATION, "区教育局", "Education Bureau"),
        TestPolicy.unit(PUBLIC_SECURITY, "公安局翔安分局", "Public Security"),
        TestPolicy.unit(HEALTH, "区卫健局", "Health Commission"),
        new PolicyUnit(WOMEN, name, "厦门市翔安区妇女联合会", "Women's Federation"))).build();
  }
}
