package org.jiaolianti.examples.customstorage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custom-storage example runs, says where the file is, and the partners it registered are in that file. */
class CustomStorageExampleTest {

  @TempDir
  Path dir;

  @Test
  void registersPartnersIntoTheCsvFile() throws Exception {
    Path file = dir.resolve("partners.csv");
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, UTF_8));
    try {
      CustomStorageExample.main(new String[] {"--file", file.toString()});
    } finally {
      System.setOut(original);
    }

    String out = buffer.toString(UTF_8);
    assertThat(out).contains("partners stored in " + file.toAbsolutePath())
        .contains("DEPARTMENT 区妇联 (version 0)")
        .contains("COMMUNITY 新店社区\"𠮷祥\"服务站, 一号 (version 0)")
        .contains("\"新店社区\"\"𠮷祥\"\"服务站, 一号\"");
    assertThat(new CsvFilePartners(file).all(DistrictCode.of("350213"))).hasSize(2);
  }
}
