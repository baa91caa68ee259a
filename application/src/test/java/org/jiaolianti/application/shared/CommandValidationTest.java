package org.jiaolianti.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/** Bad input is refused before anything is written, with one bilingual error per field. */
class CommandValidationTest {

  private final Scenario scenario = new Scenario();

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static RegisterSchoolCommand badSchool() {
    return new RegisterSchoolCommand("350213", "123456789", "  ", null, "350213001", LocalDate.of(2010, 9, 1));
  }

  @Test
  void everyInvalidFieldGetsOneBilingualErrorAndNothingIsWritten() {
    scenario.town(Scenario.XIANGAN, "350213001", "新店街道");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.register().registerSchool(badSchool()));

    assertThat(e).isNotNull();
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("code", "name", "type");
    assertThat(e.errors()).extracting(FieldError::code).containsExactly("Pattern", "NotBlank", "NotNull");
    assertThat(e.errors()).allSatisfy(error -> {
      assertThat(error.message().zh()).isNotBlank();
      assertThat(error.message().en()).isNotBlank();
      assertThat(error.message().zh()).isNotEqualTo(error.message().en());
      assertThat(hasHan(error.message().zh())).as("zh message of %s: %s", error.field(), error.message().zh()).isTrue();
    });
    assertThat(e.text().zh()).contains("code", "name", "type");
    assertThat(e.text().en()).isEqualTo("invalid input: code, name, type");
    assertThat(scenario.app.organization().schools(Scenario.XIANGAN)).isEmpty();
  }

  @Test
  void notBlankSaysSoInChineseAndInEnglish() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.register().registerSchool(badSchool()));

    FieldError name = e.errors().stream().filter(f -> f.field().equals("name")).findFirst().orElseThrow();
    assertThat(name.message().en()).isEqualTo("must not be blank");
    assertThat(name.message().zh()).isEqualTo("不能为空");
  }

  @Test
  void ourOwnMessagesComeFromOurBundleInBothLanguages() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.register().registerSchool(badSchool()));

    FieldError code = e.errors().get(0);
    assertThat(code.message().zh()).isEqualTo("须为 10 位学校标识码");
    assertThat(code.message().en()).isEqualTo("must be the ten-digit national school identifier (学校标识码)");
  }

  @Test
  void aBadDistrictKeyIsOneErrorOnTheDistrict() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.register().registerTown(new RegisterTownCommand("35021", "350213001", "新店街道", TownKind.STREET)));

    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("district");
      assertThat(error.code()).isEqualTo("DistrictKey");
      assertThat(error.message().zh()).contains("行政区划代码");
      assertThat(error.message().en()).contains("six-digit administrative code");
    });
  }

  @Test
  void aMissingCommandIsAnErrorOnTheBody() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.register().registerSchool(null));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
  }

  @Test
  void englishMessagesStayEnglishWhenTheJvmDefaultLocaleIsChinese() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    try {
      Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.fixed(Scenario.at(Scenario.ISSUED)))
          .activate(TestPolicies.xiangan());
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> app.register().registerSchool(
          new RegisterSchoolCommand("350213", "3502130001", " ", SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1))));

      assertThat(e.errors()).singleElement().satisfies(error -> {
        assertThat(error.message().en()).isEqualTo("must not be blank");
        assertThat(error.message().zh()).isEqualTo("不能为空");
      });
    } finally {
      Locale.setDefault(saved);
    }
  }
}
