package org.jiaolianti.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.junit.jupiter.api.Test;

/**
 * Does not trust the YAML: reads the committed source document, extracts the "(责任部门: …)" lines of
 * 五 and checks the loaded seed has exactly those units, those measures and those responsible units
 * in that order.
 */
class SourceFidelityTest {

  private static final Path SOURCE = Path.of("xiangan-2025", "source.zh.txt");
  private static final Pattern RESPONSIBLE = Pattern.compile("[(（]\\s*责任部门\\s*[:：]\\s*([^)）]*)[)）]");
  private static final Pattern SECTION_HEADING = Pattern.compile("^\\s*[(（]([一二三四五六])[)）]加强");

  private final Policy policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();

  @Test
  void responsibleUnitsMatchTheSourceDocumentLineByLine() throws IOException {
    Map<String, List<String>> fromSource = responsibleUnitsByClause(Files.readString(SOURCE, StandardCharsets.UTF_8));
    assertThat(fromSource).hasSize(17);

    Map<String, List<String>> fromSeed = new LinkedHashMap<>();
    for (Measure m : policy.measures()) {
      fromSeed.put(m.clause().value(), m.responsibleUnits().stream()
          .map(u -> policy.unit(u).orElseThrow().name()).collect(Collectors.toList()));
    }
    assertThat(fromSeed).containsExactlyEntriesOf(fromSource);
  }

  @Test
  void theFifteenUnitsAreExactlyThoseTheDocumentNames() throws IOException {
    String text = Files.readString(SOURCE, StandardCharsets.UTF_8);
    List<String> named = responsibleUnitsByClause(text).values().stream().flatMap(List::stream).distinct()
        .collect(Collectors.toList());
    List<String> seedUnits = policy.units().stream().map(PolicyUnit::name).collect(Collectors.toList());
    // Every unit a 责任部门 line names is a signing unit of the seed …
    assertThat(seedUnits).containsAll(named);
    // … and every signing unit's full name stands in the signature block of the source.
    for (PolicyUnit unit : policy.units()) {
      assertThat(text).contains(unit.fullName());
    }
    assertThat(seedUnits).hasSize(15).doesNotHaveDuplicates();
  }

  /** Clause (五(一)1 … 五(四) …) → responsible unit names, in document order. */
  static Map<String, List<String>> responsibleUnitsByClause(String text) {
    String five = text.substring(text.indexOf("五、工作举措"), text.indexOf("六、组织保障"));
    Map<String, List<String>> result = new LinkedHashMap<>();
    String section = null;
    for (String line : five.split("\n")) {
      Matcher heading = SECTION_HEADING.matcher(line);
      if (heading.find()) {
        section = heading.group(1);
      }
      Matcher m = RESPONSIBLE.matcher(line);
      if (!m.find()) {
        continue;
      }
      Matcher item = Pattern.compile("^\\s*([0-9]+)\\.").matcher(line);
      String clause = "五(" + section + ")" + (item.find() ? item.group(1) : "");
      List<String> units = new ArrayList<>();
      for (String unit : Arrays.asList(m.group(1).split("[、,，]"))) {
        if (!unit.isBlank()) {
          units.add(unit.strip());
        }
      }
      result.put(clause, units);
    }
    return result;
  }
}
