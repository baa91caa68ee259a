package org.jiaolianti.adapters.rest.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Column;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading roster files: encodings, quoting, a title above the header, row numbers, unreadable files. */
class RosterFileTest {

  private static final String HEADER = "学校标识码,年级,班级,学生姓名,性别,出生日期,全国学籍号,监护人姓名,监护人手机号,关系\n";

  @Test
  void aGbkCsvWithATitleRowAndQuotedCellsKeepsTheSpreadsheetsRowNumbers() {
    String text = "大嶝第一小学学生名册,,,\n" + HEADER
        + "3213010001,一年级,1,\"林,小涵\",女,2019-03-05,G350213201903050021,\"林\"\"建国\"\"\",13912345678,父亲\n"
        + ",,,,,,,,,\n"
        + "3213010001,一年级,1,\"王\n小明\",男,2019-03-05,G350213201903050022,王父,13912345679,父亲\r\n";

    RosterFile file = RosterFile.read(text.getBytes(Charset.forName("GBK")), RosterFile.Format.CSV);

    assertThat(file.columns()).contains(Column.SCHOOL_CODE, Column.RELATION).doesNotContain(Column.SCHOOL_YEAR);
    assertThat(file.rows()).hasSize(2);
    assertThat(file.rows().get(0).number()).as("title row 1, header row 2").isEqualTo(3);
    assertThat(file.rows().get(0).get(Column.STUDENT_NAME)).isEqualTo("林,小涵");
    assertThat(file.rows().get(0).get(Column.GUARDIAN_NAME)).isEqualTo("林\"建国\"");
    assertThat(file.rows().get(1).number()).as("the empty row 4 is skipped, not renumbered").isEqualTo(5);
    assertThat(file.rows().get(1).get(Column.STUDENT_NAME)).isEqualTo("王\n小明");
  }

  @Test
  void aUtf8ByteOrderMarkAndEnglishHeadersAreRead() {
    String text = "\uFEFFschoolCode,grade,class,studentName,gender,birthDate,nationalNumber,guardianName,guardianMobile,"
        + "relation\n3213010001,1,1,Lin,F,2019-03-05,G350213201903050021,Lin Sr,13912345678,FATHER\n";

    RosterFile file = RosterFile.read(text.getBytes(StandardCharsets.UTF_8), RosterFile.Format.CSV);

    assertThat(file.columns()).contains(Column.SCHOOL_CODE, Column.CLASS_NUMBER, Column.GUARDIAN_MOBILE);
    assertThat(file.rows()).singleElement().satisfies(r -> {
      assertThat(r.number()).isEqualTo(2);
      assertThat(r.get(Column.SCHOOL_CODE)).isEqualTo("3213010001");
    });
  }

  @Test
  void unreadableFilesAreInvalidOnTheFieldFile() {
    InvalidInputException empty = catchThrowableOfType(InvalidInputException.class,
        () -> RosterFile.read(new byte[0], RosterFile.Format.CSV));
    InvalidInputException noHeader = catchThrowableOfType(InvalidInputException.class,
        () -> RosterFile.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), RosterFile.Format.CSV));
    InvalidInputException notXlsx = catchThrowableOfType(InvalidInputException.class,
        () -> RosterFile.read(HEADER.getBytes(StandardCharsets.UTF_8), RosterFile.Format.XLSX));

    for (InvalidInputException e : new InvalidInputException[] {empty, noHeader, notXlsx}) {
      assertThat(e).isNotNull();
      assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
    }
    assertThat(notXlsx.errors().get(0).message().en()).contains("XLSX");
  }

  @Test
  void theSampleAsXlsxReadsLikeTheCsv() {
    RosterFile csv = RosterFile.read(RosterImportResourceTest.sample(), RosterFile.Format.CSV);
    RosterFile xlsx = RosterFile.read(RosterImportResourceTest.sampleAsXlsx(), RosterFile.Format.XLSX);

    assertThat(xlsx.columns()).isEqualTo(csv.columns());
    assertThat(xlsx.rows()).hasSameSizeAs(csv.rows());
    for (int i = 0; i < csv.rows().size(); i++) {
      assertThat(xlsx.rows().get(i).cells()).as("row %s: dates and phone numbers as text", i).isEqualTo(
          csv.rows().get(i).cells());
      assertThat(xlsx.rows().get(i).number()).as("one title row above").isEqualTo(csv.rows().get(i).number() + 1);
    }
  }
}
