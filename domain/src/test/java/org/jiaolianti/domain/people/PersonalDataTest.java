package org.jiaolianti.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;

import java.time.LocalDate;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Minors' and guardians' personal information: validated, and shown masked (PIPL; MISSION "done"). */
class PersonalDataTest {

  private static final String NUMBER = "G35021320150101123X";

  @Test
  void aNationalStudentNumberIsGJOrLFollowedByEighteenCharacters() {
    assertThat(NationalStudentNumber.of(NUMBER).value()).isEqualTo(NUMBER);
    assertThat(NationalStudentNumber.of("J350213201501011234")).isNotNull();
    assertThat(NationalStudentNumber.of("L350213201501011234")).isNotNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"350213201501011234", "g350213201501011234", "A350213201501011234", "G35021320150101123",
      "G3502132015010112345", "G3502132015010112X4", "G35021320150101123x"})
  void rejectsAMalformedNationalStudentNumber(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> NationalStudentNumber.of(value))
        .withMessageContaining("national student number must be")
        .withMessageNotContaining("350213201501011");
  }

  @Test
  void aNationalStudentNumberShowsOnlyItsLetterAndLastFour() {
    NationalStudentNumber n = NationalStudentNumber.of(NUMBER);
    assertThat(n.masked()).isEqualTo("G**************123X").hasSize(NUMBER.length());
    assertThat(n).hasToString("G**************123X");
  }

  @Test
  void aMobileNumberIsElevenDigitsStartingWith13To19() {
    assertThat(MobileNumber.of("13812345678").value()).isEqualTo("13812345678");
    assertThat(MobileNumber.of("19912345678")).isNotNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "138 1234 5678", "23812345678"})
  void rejectsAMalformedMobileNumber(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> MobileNumber.of(value))
        .withMessageContaining("mobile number must be 11 digits");
  }

  @Test
  void aMobileNumberIsMaskedInTheMiddle() {
    MobileNumber m = MobileNumber.of("13812345678");
    assertThat(m.masked()).isEqualTo("138****5678");
    assertThat(m).hasToString("138****5678");
    Guardian g = new Guardian(GuardianId.of("g1"), DISTRICT, "张伟", m, 0);
    assertThat(g.toString()).contains("138****5678").doesNotContain("13812345678").doesNotContain("张伟");
  }

  private static Student enrol(SchoolType type, NationalStudentNumber number, String name) {
    return Student.enrol(StudentId.of("st1"), DISTRICT, SchoolId.of("s1"), type, ClassId.of("c1"), name, Gender.FEMALE,
        LocalDate.of(2015, 1, 1), number);
  }

  @Test
  void aPupilOfASchoolNeedsANationalStudentNumber() {
    assertThatIllegalArgumentException().isThrownBy(() -> enrol(SchoolType.PRIMARY, null, "张小明"))
        .withMessageContaining("PRIMARY school needs a national student number");
    assertThatIllegalArgumentException().isThrownBy(() -> enrol(SchoolType.SPECIAL_EDUCATION, null, "张小明"));
    assertThat(enrol(SchoolType.PRIMARY, NationalStudentNumber.of(NUMBER), "张小明").optionalNationalNumber()).isPresent();
  }

  @Test
  void aKindergartenChildMayHaveNoNationalStudentNumber() {
    Student child = enrol(SchoolType.KINDERGARTEN, null, "李小朵");
    assertThat(child.optionalNationalNumber()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"李, *", "张三, 张*", "张小明, 张*明", "欧阳小明, 欧**明", "𠮷明, 𠮷*", "𠮷小明, 𠮷*明", "王𠮷明, 王*明", "张小𠮷, 张*𠮷"})
  void aStudentsNameIsMaskedKeepingTheFirstAndLastCharacter(String name, String masked) {
    Student s = enrol(SchoolType.PRIMARY, NationalStudentNumber.of(NUMBER), name);
    assertThat(s.maskedName()).isEqualTo(masked);
    assertThat(s.toString()).contains(masked).doesNotContain(NUMBER);
  }

  @Test
  void ageIsInWholeYears() {
    Student s = enrol(SchoolType.PRIMARY, NationalStudentNumber.of(NUMBER), "张小明");
    assertThat(s.ageOn(LocalDate.of(2028, 12, 31))).isEqualTo(13);
    assertThat(s.ageOn(LocalDate.of(2029, 1, 1))).isEqualTo(14);
  }

  @Test
  void onlyThoseWhoContactTheFamilySeeFullContactsOnAProfile() {
    assertThat(ProfileReader.CLASS_TEACHER.seesContacts()).isTrue();
    assertThat(ProfileReader.SCHOOL_ADMIN.seesContacts()).isTrue();
    assertThat(ProfileReader.COUNSELLOR.seesContacts()).isFalse();
    assertThat(ProfileReader.GUARDIAN.seesContacts()).isFalse();
  }
}
