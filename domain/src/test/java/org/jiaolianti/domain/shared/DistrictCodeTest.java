package org.jiaolianti.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The district key: a six-digit GB/T 2260 code. */
class DistrictCodeTest {

  @Test
  void acceptsXiangAn() {
    assertThat(DistrictCode.of("350213").value()).isEqualTo("350213");
    assertThat(DistrictCode.of("350213")).hasToString("350213").isEqualTo(new DistrictCode("350213"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"35021", "3502130", "050213", "35021A", " 350213", "350213 ", "３５０２１３"})
  void rejectsAnythingButSixDigitsNotStartingWithZero(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> DistrictCode.of(value))
        .withMessageContaining("six-digit GB/T 2260 code");
  }
}
