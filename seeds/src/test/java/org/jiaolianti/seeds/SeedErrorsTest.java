package org.jiaolianti.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken seed fails with the file, the path inside it and what is wrong. */
class SeedErrorsTest {

  @TempDir Path dir;

  private static String xiangan() throws IOException {
    return Files.readString(Path.of("xiangan-2025", "policy.yaml"), StandardCharsets.UTF_8);
  }

  private SeedException loadBroken(String yaml) throws IOException {
    Files.writeString(dir.resolve("policy.yaml"), yaml, StandardCharsets.UTF_8);
    try {
      PolicySeedLoader.load(dir);
    } catch (SeedException e) {
      return e;
    }
    throw new AssertionError("the broken seed loaded");
  }

  @Test
  void unknownResponsibleUnitNamesTheMeasureAndPosition() throws IOException {
    String broken = xiangan().replaceFirst("responsibleUnits: \\[EDUCATION_BUREAU\\]", "responsibleUnits: [EDUCATION_BUREAU, NO_SUCH_UNIT]");
    SeedException e = loadBroken(broken);
    assertThat(e.file()).endsWith("policy.yaml");
    assertThat(e.path()).isEqualTo("collaborations[0].measures[0].responsibleUnits[1]");
    assertThat(e.getMessage()).contains("unknown unit 'NO_SUCH_UNIT'").contains(dir.toString());
  }

  @Test
  void shareAboveOneIsRefusedByTheDomain() throws IOException {
    SeedException e = loadBroken(xiangan().replace("value: 0.8", "value: 1.8"));
    assertThat(e.path()).startsWith("milestones[0].targets[1]");
    assertThat(e.getMessage()).contains("share in (0, 1]");
  }

  @Test
  void typoInAFieldNameIsNamed() throws IOException {
    SeedException e = loadBroken(xiangan().replaceFirst("documentNumber:", "documentNumbr:"));
    assertThat(e.path()).isEqualTo("document.documentNumbr");
    assertThat(e.getMessage()).contains("unknown field");
  }

  @Test
  void badDateAndBadEnumAndBadK() throws IOException {
    assertThat(loadBroken(xiangan().replace("issueDate: 2025-12-01", "issueDate: 2025-13-01")).getMessage())
        .contains("document.issueDate").contains("YYYY-MM-DD");
    assertThat(loadBroken(xiangan().replaceFirst("code: HOME_SCHOOL", "code: HOME_SKOOL")).getMessage())
        .contains("collaborations[0].code").contains("HOME_SKOOL");
    assertThat(loadBroken(xiangan().replace("minCollaborations: 3", "minCollaborations: 7")).getMessage())
        .contains("localSettings.establishment").contains("minCollaborations must be between 1 and 6");
  }

  @Test
  void badFeedbackDeadlineAndBadWorkingCalendarsAreNamed() throws IOException {
    assertThat(loadBroken(xiangan().replace("feedbackResponseDays: 5", "feedbackResponseDays: 0")).getMessage())
        .contains("localSettings.homeSchool").contains("feedbackResponseDays must be 1-90");
    String withCalendar = xiangan().replace("    feedbackResponseDays: 5\n", "    feedbackResponseDays: 5\n"
        + "  workingCalendars:\n    - year: 2026\n      holidays: [2026-10-01]\n      workingDays: [WORKDAY]\n");
    assertThat(withCalendar).contains("workingCalendars:");
    assertThat(loadBroken(withCalendar.replace("WORKDAY", "2026-10-09")).getMessage())
        .contains("localSettings.workingCalendars[0]").contains("Saturday or Sunday");
    assertThat(loadBroken(withCalendar.replace("WORKDAY", "2026-10-32")).getMessage())
        .contains("localSettings.workingCalendars[0].workingDays[0]").contains("YYYY-MM-DD");
    assertThat(loadBroken(withCalendar.replace("WORKDAY", "2026-10-10").replace("year: 2026", "year: 2026\n      extra: 1"))
        .getMessage()).contains("extra");
  }

  @Test
  void invalidYamlAndMissingFile() throws IOException {
    assertThatThrownBy(() -> PolicySeedLoader.load(dir.resolve("nowhere")))
        .isInstanceOf(SeedException.class).hasMessageContaining("file not found");
    assertThat(loadBroken("units: [a, b\nmeasures: {").getMessage()).contains("is not valid YAML");
  }

  @Test
  void unknownBundledSeed() {
    assertThatThrownBy(() -> PolicySeedLoader.loadBundled("atlantis-2030"))
        .isInstanceOf(SeedException.class).hasMessageContaining("no bundled seed named 'atlantis-2030'");
  }
}
