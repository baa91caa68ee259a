package org.jiaolianti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jiaolianti.examples.embedding.EmbeddingExample;
import org.junit.jupiter.api.Test;

/** The embedding example runs and tells which school has established its alliance and why not. */
class EmbeddingExampleTest {

  @Test
  void printsEachSchoolsStatus() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    // Lead school: complete committee, zone member, own-town agreement covering 3 collaborations.
    assertThat(out).contains("马巷中心小学: 已建成 established");
    // Second school: in the zone, but its committee was never recorded.
    assertThat(out).contains("马巷中学: 未建成 not established [COMPLETE_COMMITTEE]");
    // Third school: no committee and in no zone.
    assertThat(out).contains("舫山小学: 未建成 not established [COMPLETE_COMMITTEE, ZONE_MEMBERSHIP]");
  }
}
